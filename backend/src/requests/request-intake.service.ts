import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import type { Actor } from '../common/auth/principal';
import { ValidationFailedError } from '../common/errors/domain-error';
import type { Language } from '../common/i18n/language';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContactEntity } from '../contacts/contact.entity';
import { CpvDivisionEntity } from '../cpv-divisions/cpv-division.entity';
import { dueAfterBusinessDays } from '../service-levels/business-calendar';
import { ThemeEntity } from '../themes/theme.entity';
import type { UnitEntity } from '../units/unit.entity';
import type { RequestContentDto } from './dto/request-commands.dto';
import { RequestEventEntity } from './request-event.entity';
import { RequestNotifier } from './request-notifier';
import type { EventAuthorKind, RequestSource } from './request-options';
import { activeAgentOfRegion } from './request-routing';
import { SupportRequestThemeEntity } from './support-request-theme.entity';
import { SupportRequestEntity } from './support-request.entity';

export interface Requester {
  readonly contactId: string | null;
  readonly name: string | null;
  readonly email: string | null;
  readonly language: Language;
}

export interface NewRequest {
  readonly unit: UnitEntity | null;
  readonly unitDescription: string | null;
  readonly requester: Requester;
  readonly content: RequestContentDto;
  readonly source: RequestSource;
  readonly authorKind: EventAuthorKind;
  readonly idempotencyKey?: string;
  readonly idempotencyFingerprint?: string;
}

/** The fields of a request that the audit trail records (no requester personal data). */
export function auditedRequestFields(request: SupportRequestEntity): Record<string, unknown> {
  return {
    unitId: request.unitId,
    unitDescription: request.unitDescription,
    requesterContactId: request.requesterContactId,
    title: request.title,
    description: request.description,
    cpvDivisionCode: request.cpvDivisionCode,
    cpvCode: request.cpvCode,
    procurementStage: request.procurementStage,
    urgency: request.urgency,
    source: request.source,
    status: request.status,
    regionCode: request.regionCode,
    assignedAgentUserId: request.assignedAgentUserId,
    rating: request.rating,
  };
}

/** The CPV division of a division or full code ("45214200-2" → "45"). */
export function cpvDivisionOf(cpvCode: string): string {
  return cpvCode.slice(0, 2);
}

/**
 * Creates a request however it arrives (public form, unit user, staff on a unit's behalf): validates its
 * themes and CPV category, routes it to the active agent of the unit's region (or leaves it in the
 * coordinators' queue), starts its service-level clocks, and writes its timeline, audit event and emails —
 * all in the caller's transaction.
 */
@Injectable()
export class RequestIntakeService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifier: RequestNotifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    manager: EntityManager,
    input: NewRequest,
    actor: Actor | null,
  ): Promise<SupportRequestEntity> {
    await this.assertContentValid(manager, input.content.themeCodes, input.content.cpvCode ?? null);
    const now = new Date();
    const regionCode = input.unit?.regionCode ?? null;
    const agentUserId = regionCode ? await activeAgentOfRegion(manager, regionCode) : null;
    const request = await manager.save(
      manager.create(SupportRequestEntity, {
        unitId: input.unit?.id ?? null,
        unitDescription: input.unitDescription,
        requesterContactId: input.requester.contactId,
        requesterName: input.requester.name,
        requesterEmail: input.requester.email,
        requesterLanguage: input.requester.language,
        requesterVerifiedAt: null,
        title: input.content.title,
        description: input.content.description,
        cpvCode: input.content.cpvCode && input.content.cpvCode.length > 2 ? input.content.cpvCode : null,
        cpvDivisionCode: input.content.cpvCode ? cpvDivisionOf(input.content.cpvCode) : null,
        procurementStage: input.content.procurementStage,
        urgency: input.content.urgency,
        source: input.source,
        status: agentUserId ? 'assigned' : 'new',
        regionCode,
        assignedAgentUserId: agentUserId,
        createdByUserId: actor?.principal.userId ?? null,
        submittedAt: now,
        firstResponseDueAt: dueAfterBusinessDays(now, this.config.slaFirstResponseBusinessDays),
        resolutionDueAt: dueAfterBusinessDays(now, this.config.slaResolutionBusinessDays),
        firstRespondedAt: null,
        pausedBusinessDays: 0,
        waitingSince: null,
        resolvedAt: null,
        closedAt: null,
        cancelledAt: null,
        rating: null,
        ratingComment: null,
        ratedAt: null,
        idempotencyKey: input.idempotencyKey ?? null,
        idempotencyFingerprint: input.idempotencyFingerprint ?? null,
      }),
    );
    await manager.insert(
      SupportRequestThemeEntity,
      input.content.themeCodes.map((themeCode) => ({ requestId: request.id, themeCode })),
    );
    request.themes = input.content.themeCodes.map((themeCode) =>
      manager.create(SupportRequestThemeEntity, { requestId: request.id, themeCode }),
    );
    const authorUserId = actor?.principal.userId ?? null;
    await manager.insert(RequestEventEntity, [
      {
        requestId: request.id,
        kind: 'created',
        isInternal: false,
        authorKind: input.authorKind,
        authorUserId,
        toStatus: 'new',
        createdAt: now,
      },
      ...(agentUserId
        ? [
            {
              requestId: request.id,
              kind: 'assignment' as const,
              isInternal: false,
              authorKind: 'system' as const,
              authorUserId: null,
              fromStatus: 'new' as const,
              toStatus: 'assigned' as const,
              toAgentUserId: agentUserId,
              // One millisecond later, so that the timeline reads in order.
              createdAt: new Date(now.getTime() + 1),
            },
          ]
        : []),
    ]);
    await this.audit.record(manager, actor, {
      action: 'create',
      entityType: 'request',
      entityId: request.id,
      changes: diffFields({}, { ...auditedRequestFields(request), themeCodes: input.content.themeCodes }),
    });
    await this.notifier.confirmation(manager, request);
    if (agentUserId) {
      await this.notifier.assigned(manager, request, agentUserId, input.unit?.nameFi ?? '', null);
    }
    return request;
  }

  /** The unit's contact with this address, or a new contact for the requester (audited). */
  async requesterContact(
    manager: EntityManager,
    unitId: string,
    person: { name: string; email: string; language: Language },
    actor: Actor | null,
  ): Promise<ContactEntity> {
    const existing = await manager
      .createQueryBuilder(ContactEntity, 'contact')
      .where('contact.unitId = :unitId AND lower(contact.email) = :email AND contact.erasedAt IS NULL', {
        unitId,
        email: person.email.toLowerCase(),
      })
      .orderBy('contact.createdAt', 'ASC')
      .getOne();
    if (existing) {
      return existing;
    }
    const contact = await manager.save(
      manager.create(ContactEntity, {
        unitId,
        name: person.name,
        email: person.email,
        phone: null,
        title: null,
        preferredLanguage: person.language,
        erasedAt: null,
      }),
    );
    await this.audit.record(manager, actor, {
      action: 'create',
      entityType: 'contact',
      entityId: contact.id,
      changes: diffFields(
        {},
        { unitId, name: person.name, email: person.email, preferredLanguage: person.language },
      ),
    });
    return contact;
  }

  /** Unknown theme or CPV codes are input errors (400 naming the field), not database errors. */
  async assertContentValid(
    manager: EntityManager,
    themeCodes: readonly string[] | undefined,
    cpvCode: string | null,
  ): Promise<void> {
    const errors = [];
    if (themeCodes) {
      const known = await manager.find(ThemeEntity, {
        where: { code: In([...themeCodes]) },
        select: { code: true },
      });
      const knownCodes = new Set(known.map((theme) => theme.code));
      const unknown = themeCodes.filter((code) => !knownCodes.has(code));
      if (unknown.length > 0) {
        errors.push({ field: 'themeCodes', code: 'unknownTheme', message: `No theme ${unknown.join(', ')}` });
      }
    }
    if (cpvCode && !(await manager.exists(CpvDivisionEntity, { where: { code: cpvDivisionOf(cpvCode) } }))) {
      errors.push({
        field: 'cpvCode',
        code: 'unknownCpvDivision',
        message: `No CPV division ${cpvDivisionOf(cpvCode)}`,
      });
    }
    if (errors.length > 0) {
      throw new ValidationFailedError(errors);
    }
  }
}
