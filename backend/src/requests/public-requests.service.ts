import { createHash, randomInt } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { RecordNotFoundError, ValidationFailedError } from '../common/errors/domain-error';
import { hashSecret } from '../credentials/secret-tokens';
import { readTogether } from '../database/read-together';
import { UnitEntity } from '../units/unit.entity';
import { unitTypeahead } from '../units/unit-typeahead.queries';
import type { RatingDto } from './dto/request-commands.dto';
import type {
  PublicCancelDto,
  PublicReplyDto,
  PublicRequestReceiptDto,
  PublicRequestStatusDto,
  PublicRequestSubmissionDto,
  PublicUnitDto,
} from './dto/public-request.dto';
import { PublicIntakeThrottleService } from './public-intake-throttle.service';
import { RequestAccessTokenEntity } from './request-access-token.entity';
import { RequestActionsService } from './request-actions.service';
import { RequestEventEntity } from './request-event.entity';
import { RequestIntakeService } from './request-intake.service';
import { OPEN_STATUSES, acceptsReplies } from './request-workflow';
import { IdempotencyKeyReusedError, RequestNotOpenError } from './requests.errors';
import { SupportRequestThemeEntity } from './support-request-theme.entity';
import { SupportRequestEntity } from './support-request.entity';
import { displayNamesOf } from './user-names';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;
/** Suggestions the public form's unit search shows. */
const PUBLIC_SEARCH_LIMIT = 10;

/** A fingerprint of what was submitted, to tell a retry from a different request under the same key. */
function fingerprintOf(body: PublicRequestSubmissionDto): string {
  const { website: _honeypot, ...content } = body;
  const canonical = JSON.stringify(content, Object.keys(content).sort());
  return createHash('sha256')
    .update(JSON.stringify([canonical, content.requester]))
    .digest('hex');
}

/**
 * The public side of requests: the form (no account) and the private status link. The link's token is the
 * only credential; it shows that one request, never internal entries.
 */
@Injectable()
export class PublicRequestsService {
  private readonly logger = new Logger(PublicRequestsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly intake: RequestIntakeService,
    private readonly actions: RequestActionsService,
    private readonly throttle: PublicIntakeThrottleService,
  ) {}

  async submit(
    body: PublicRequestSubmissionDto,
    ip: string,
    idempotencyKey: string | undefined,
  ): Promise<{ receipt: PublicRequestReceiptDto; replayed: boolean }> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ValidationFailedError([
        {
          field: 'Idempotency-Key',
          code: 'invalid',
          message: 'Use 8–100 letters, digits, - or _ (e.g. a UUID)',
        },
      ]);
    }
    const fingerprint = fingerprintOf(body);
    if (idempotencyKey) {
      const earlier = await this.findByIdempotencyKey(idempotencyKey, fingerprint);
      if (earlier) {
        return { receipt: earlier, replayed: true };
      }
    }
    await this.throttle.admit(ip);
    if (body.website) {
      // The honeypot was filled in: a bot. Answer like a success so that it learns nothing; store nothing.
      this.logger.log('Public request discarded: honeypot filled');
      return {
        receipt: { number: randomInt(1000, 100000), language: body.requester.language },
        replayed: false,
      };
    }
    try {
      const request = await this.dataSource.transaction(async (manager) => {
        const unit = body.unitId ? await this.activeUnit(manager, body.unitId) : null;
        const contact = unit
          ? await this.intake.requesterContact(manager, unit.id, body.requester, null)
          : null;
        return this.intake.create(
          manager,
          {
            unit,
            unitDescription: unit ? null : (body.unitDescription ?? null),
            requester: {
              contactId: contact?.id ?? null,
              name: body.requester.name,
              email: body.requester.email,
              language: body.requester.language,
            },
            content: body,
            source: 'web_form',
            authorKind: 'requester',
            idempotencyKey,
            idempotencyFingerprint: idempotencyKey ? fingerprint : undefined,
          },
          null,
        );
      });
      return { receipt: { number: request.number, language: request.requesterLanguage }, replayed: false };
    } catch (error) {
      // Two submits with one key at once: the loser of the unique index answers like a retry.
      if (idempotencyKey && (error as { code?: string }).code === '23505') {
        const earlier = await this.findByIdempotencyKey(idempotencyKey, fingerprint);
        if (earlier) {
          return { receipt: earlier, replayed: true };
        }
      }
      throw error;
    }
  }

  /** Active units by name (typo-tolerant) or business ID, for the public form: public register data only. */
  async searchUnits(q: string): Promise<PublicUnitDto[]> {
    // The staff typeahead's search (index-driven, nearest first), over every region, active units only.
    const trimmed = q.trim();
    if (!trimmed) {
      return [];
    }
    const units = await unitTypeahead(this.dataSource, trimmed, PUBLIC_SEARCH_LIMIT, { kind: 'all' }, true);
    return units.map((unit) => ({
      id: unit.id,
      nameFi: unit.nameFi,
      nameSv: unit.nameSv,
      businessId: unit.businessId,
    }));
  }

  async status(token: string): Promise<PublicRequestStatusDto> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.byToken(manager, token, false);
      if (!request.requesterVerifiedAt) {
        // Opening the emailed link proves the address.
        await manager.update(
          SupportRequestEntity,
          { id: request.id, requesterVerifiedAt: IsNull() },
          {
            requesterVerifiedAt: new Date(),
          },
        );
      }
      return this.toStatus(manager, request);
    });
  }

  async reply(token: string, body: PublicReplyDto): Promise<PublicRequestStatusDto> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.byToken(manager, token, true);
      await this.actions.reply(manager, request, body.body, null);
      return this.toStatus(manager, request);
    });
  }

  async cancel(token: string, body: PublicCancelDto): Promise<PublicRequestStatusDto> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.byToken(manager, token, true);
      if (!OPEN_STATUSES.includes(request.status)) {
        throw new RequestNotOpenError('cancelled');
      }
      await this.actions.changeStatus(
        manager,
        request,
        { to: 'cancelled', comment: body.reason || null, authorKind: 'requester' },
        null,
      );
      return this.toStatus(manager, request);
    });
  }

  async rate(token: string, body: RatingDto): Promise<PublicRequestStatusDto> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.byToken(manager, token, true);
      await this.actions.rate(manager, request, body, null);
      return this.toStatus(manager, request);
    });
  }

  private async byToken(
    manager: EntityManager,
    token: string,
    forUpdate: boolean,
  ): Promise<SupportRequestEntity> {
    const access = await manager.findOne(RequestAccessTokenEntity, {
      where: { tokenHash: hashSecret(token) },
    });
    const builder = manager
      .createQueryBuilder(SupportRequestEntity, 'request')
      .where('request.id = :id', { id: access?.requestId ?? '00000000-0000-0000-0000-000000000000' });
    const request = await (forUpdate ? builder.setLock('pessimistic_write') : builder).getOne();
    if (!access || !request) {
      // The same answer for a wrong token as for a missing request: nothing to learn by guessing.
      throw new RecordNotFoundError('request', 'of this link');
    }
    return request;
  }

  private async activeUnit(manager: EntityManager, unitId: string): Promise<UnitEntity> {
    const unit = await manager.findOne(UnitEntity, { where: { id: unitId, isActive: true } });
    if (!unit) {
      throw new ValidationFailedError([
        {
          field: 'unitId',
          code: 'unknownUnit',
          message: 'No such unit; describe it in unitDescription instead',
        },
      ]);
    }
    return unit;
  }

  private async findByIdempotencyKey(
    key: string,
    fingerprint: string,
  ): Promise<PublicRequestReceiptDto | null> {
    const earlier = await this.dataSource.manager.findOne(SupportRequestEntity, {
      where: { idempotencyKey: key },
      select: { id: true, number: true, requesterLanguage: true, idempotencyFingerprint: true },
    });
    if (!earlier) {
      return null;
    }
    if (earlier.idempotencyFingerprint !== fingerprint) {
      throw new IdempotencyKeyReusedError();
    }
    return { number: earlier.number, language: earlier.requesterLanguage };
  }

  private async toStatus(
    manager: EntityManager,
    request: SupportRequestEntity,
  ): Promise<PublicRequestStatusDto> {
    const [events, themes, unit] = await readTogether(manager, [
      () =>
        manager.find(RequestEventEntity, {
          where: { requestId: request.id, isInternal: false },
          order: { createdAt: 'ASC', sequence: 'ASC' },
        }),
      () => manager.find(SupportRequestThemeEntity, { where: { requestId: request.id } }),
      () =>
        request.unitId
          ? manager.findOne(UnitEntity, { where: { id: request.unitId } })
          : Promise.resolve(null),
    ]);
    const names = await displayNamesOf(manager, [
      ...events.map((event) => event.authorUserId),
      request.assignedAgentUserId,
    ]);
    const open = OPEN_STATUSES.includes(request.status);
    const unitName =
      unit && request.requesterLanguage === 'sv' && unit.nameSv
        ? unit.nameSv
        : (unit?.nameFi ?? request.unitDescription ?? '');
    return {
      number: request.number,
      title: request.title,
      description: request.description,
      status: request.status,
      submittedAt: request.submittedAt.toISOString(),
      unitName,
      themeCodes: themes.map((theme) => theme.themeCode).sort(),
      procurementStage: request.procurementStage,
      urgency: request.urgency,
      language: request.requesterLanguage,
      handledBy: request.assignedAgentUserId ? (names.get(request.assignedAgentUserId) ?? null) : null,
      timeline: events.map((event) => ({
        id: event.id,
        kind: event.kind,
        authorKind: event.authorKind,
        authorName:
          event.authorKind === 'staff' && event.authorUserId ? (names.get(event.authorUserId) ?? null) : null,
        body: event.body,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        rating: event.rating,
        createdAt: event.createdAt.toISOString(),
      })),
      canReply: acceptsReplies(request.status, request.resolvedAt, new Date()),
      canCancel: open,
      canRate: request.status === 'resolved' || request.status === 'closed',
      rating: request.rating,
      ratingComment: request.ratingComment,
    };
  }
}
