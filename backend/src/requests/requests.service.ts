import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Readable } from 'node:stream';
import { AuditService, diffFields } from '../audit/audit.service';
import { StaleVersionError } from '../common/auth/auth-errors';
import type { Actor } from '../common/auth/principal';
import { ForbiddenError } from '../common/auth/auth-errors';
import { RecordNotFoundError, ValidationFailedError } from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContactEntity } from '../contacts/contact.entity';
import { readTogether } from '../database/read-together';
import { UnitEntity } from '../units/unit.entity';
import type { CreateRequestDto, UpdateRequestDto } from './dto/request-commands.dto';
import type { RequestListQueryDto } from './dto/request-list-query.dto';
import { type RequestFilters, requestCountSql, requestExportSql, requestPageSql } from './request-list.sql';
import type { RequestDto, RequestListItemDto } from './dto/request.dto';
import { RequestEventEntity } from './request-event.entity';
import {
  type Requester,
  RequestIntakeService,
  auditedRequestFields,
  cpvDivisionOf,
} from './request-intake.service';
import { type RequestListRow, toRequestListItem, toTimelineEvent } from './request-mapper';
import { preparedQuery } from '../database/prepared-query';
import { streamStatement } from '../database/stream-statement';
import { type RequestScope, isStaffScope, whereRequestInScope } from './request-scope';
import { OPEN_STATUSES, type RequestStatus, allowedTransitions } from './request-workflow';
import { SupportRequestThemeEntity } from './support-request-theme.entity';
import { SupportRequestEntity } from './support-request.entity';
import { displayNamesOf } from './user-names';

/** What a caller may do with a request in its current state. */
export function transitionsFor(
  request: SupportRequestEntity,
  scope: RequestScope,
  now: Date,
): RequestStatus[] {
  if (isStaffScope(scope)) {
    return allowedTransitions(request.status, { resolvedAt: request.resolvedAt, now });
  }
  // The requester's side may only cancel an open request.
  return scope.kind === 'unit' && OPEN_STATUSES.includes(request.status) ? ['cancelled'] : [];
}

@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly intake: RequestIntakeService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A page of the list and the number of all matching requests, in one prepared statement (its text varies only
   * with which filters are given), read as plain rows. Past the last page the number is counted on its own.
   */
  async list(query: RequestListQueryDto, scope: RequestScope): Promise<Page<RequestListItemDto>> {
    const page = requestPageSql(query, scope, query);
    const rows = await preparedQuery<RequestListRow & { themeCodes: string; total: number }>(
      this.dataSource,
      page.text,
      page.values,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && query.offset > 0) {
      const count = requestCountSql(query, scope);
      [{ total }] = await preparedQuery<{ total: number }>(this.dataSource, count.text, count.values);
    }
    const now = new Date();
    return {
      items: rows.map((row) => toRequestListItem(row, row.themeCodes ? row.themeCodes.split(',') : [], now)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Every request matching the filters in the scope, for the export, streamed (`requestExportSql`'s rows). */
  exportRows(filters: RequestFilters, scope: RequestScope): Promise<Readable> {
    const { text, values } = requestExportSql(filters, scope);
    return streamStatement(this.dataSource, text, values);
  }

  async get(
    id: string,
    scope: RequestScope,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RequestDto> {
    const request = await this.findInScope(manager, id, scope);
    return this.toDetail(manager, request, scope);
  }

  async create(body: CreateRequestDto, actor: Actor, scope: RequestScope): Promise<RequestDto> {
    if (scope.kind === 'none') {
      throw new ForbiddenError();
    }
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.findUnitInScope(manager, body.unitId, scope);
      let requester: Requester;
      if (scope.kind === 'unit') {
        // A unit user asks for themselves: they become (or already are) a contact of their unit.
        const person = {
          name: actor.principal.displayName,
          email: actor.principal.email,
          language: actor.principal.preferredLanguage,
        };
        const contact = await this.intake.requesterContact(manager, unit.id, person, actor);
        requester = { contactId: contact.id, ...person };
      } else if (body.requesterContactId) {
        const contact = await manager.findOne(ContactEntity, {
          where: { id: body.requesterContactId, unitId: unit.id },
        });
        if (!contact || contact.erasedAt) {
          throw new ValidationFailedError([
            { field: 'requesterContactId', code: 'unknownContact', message: 'Not a contact of this unit' },
          ]);
        }
        requester = {
          contactId: contact.id,
          name: contact.name,
          email: contact.email,
          language: contact.preferredLanguage,
        };
      } else if (body.requester) {
        const contact = await this.intake.requesterContact(manager, unit.id, body.requester, actor);
        requester = {
          contactId: contact.id,
          name: body.requester.name,
          email: body.requester.email,
          language: body.requester.language,
        };
      } else {
        throw new ValidationFailedError([
          { field: 'requester', code: 'required', message: 'Name the requester: a contact or a new person' },
        ]);
      }
      const request = await this.intake.create(
        manager,
        {
          unit,
          unitDescription: null,
          requester,
          content: body,
          source: scope.kind === 'unit' ? 'web_form' : (body.source ?? 'agent_created'),
          authorKind: scope.kind === 'unit' ? 'requester' : 'staff',
        },
        actor,
      );
      return this.get(request.id, scope, manager);
    });
  }

  async update(
    id: string,
    changes: UpdateRequestDto,
    actor: Actor,
    scope: RequestScope,
  ): Promise<RequestDto> {
    if (!isStaffScope(scope)) {
      throw new ForbiddenError('Only agents and coordinators edit requests.');
    }
    return this.dataSource.transaction(async (manager) => {
      const request = await this.findInScope(manager, id, scope, true);
      if (request.version !== changes.version) {
        throw new StaleVersionError('request');
      }
      await this.intake.assertContentValid(manager, changes.themeCodes, changes.cpvCode ?? null);
      const before = auditedRequestFields(request);
      const beforeThemes = (await this.themeCodesOf(manager, [request.id])).get(request.id) ?? [];
      if (changes.unitId !== undefined && changes.unitId !== request.unitId) {
        if (scope.kind !== 'all') {
          throw new ForbiddenError('Only coordinators move a request to another unit.');
        }
        const unit = await manager.findOne(UnitEntity, { where: { id: changes.unitId } });
        if (!unit) {
          throw new ValidationFailedError([
            { field: 'unitId', code: 'unknownUnit', message: 'No such unit' },
          ]);
        }
        request.unitId = unit.id;
        request.regionCode = unit.regionCode;
      }
      Object.assign(request, {
        title: changes.title ?? request.title,
        description: changes.description ?? request.description,
        procurementStage: changes.procurementStage ?? request.procurementStage,
        urgency: changes.urgency ?? request.urgency,
      });
      if (changes.cpvCode !== undefined) {
        request.cpvCode = changes.cpvCode && changes.cpvCode.length > 2 ? changes.cpvCode : null;
        request.cpvDivisionCode = changes.cpvCode ? cpvDivisionOf(changes.cpvCode) : null;
      }
      const saved = await manager.save(request);
      const themeChanges: Record<string, unknown> = {};
      if (changes.themeCodes) {
        await manager.delete(SupportRequestThemeEntity, { requestId: id });
        await manager.insert(
          SupportRequestThemeEntity,
          changes.themeCodes.map((themeCode) => ({ requestId: id, themeCode })),
        );
        themeChanges.themeCodes = [...changes.themeCodes].sort();
      }
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'request',
        entityId: id,
        changes: diffFields(
          { ...before, ...(changes.themeCodes ? { themeCodes: beforeThemes } : {}) },
          { ...auditedRequestFields(saved), ...themeChanges },
        ),
      });
      return this.get(id, scope, manager);
    });
  }

  /** The request if the scope may see it; 404 otherwise, whether or not it exists elsewhere. */
  async findInScope(
    manager: EntityManager,
    id: string,
    scope: RequestScope,
    forUpdate = false,
  ): Promise<SupportRequestEntity> {
    const builder = whereRequestInScope(
      manager.createQueryBuilder(SupportRequestEntity, 'request'),
      'request',
      scope,
    ).andWhere('request.id = :id', { id });
    const request = await (forUpdate ? builder.setLock('pessimistic_write') : builder).getOne();
    if (!request) {
      throw new RecordNotFoundError('request', id);
    }
    return request;
  }

  private async findUnitInScope(
    manager: EntityManager,
    unitId: string,
    scope: RequestScope,
  ): Promise<UnitEntity> {
    const unit = await manager.findOne(UnitEntity, { where: { id: unitId } });
    const visible =
      unit !== null &&
      (scope.kind === 'all' ||
        (scope.kind === 'agent' && scope.regionCodes.includes(unit.regionCode)) ||
        (scope.kind === 'unit' && scope.unitId === unit.id));
    if (!unit || !visible) {
      throw new ValidationFailedError([
        { field: 'unitId', code: 'unknownUnit', message: 'No such unit in your regions' },
      ]);
    }
    return unit;
  }

  private async toDetail(
    manager: EntityManager,
    request: SupportRequestEntity,
    scope: RequestScope,
  ): Promise<RequestDto> {
    const staff = isStaffScope(scope);
    const [unit, events, themes] = await readTogether(manager, [
      () =>
        request.unitId
          ? manager.findOne(UnitEntity, { where: { id: request.unitId }, select: { id: true, nameFi: true } })
          : Promise.resolve(null),
      () =>
        manager.find(RequestEventEntity, {
          where: staff ? { requestId: request.id } : { requestId: request.id, isInternal: false },
          order: { createdAt: 'ASC', sequence: 'ASC' },
        }),
      () => this.themeCodesOf(manager, [request.id]),
    ]);
    const names = await displayNamesOf(manager, [
      ...events.flatMap((event) => [event.authorUserId, event.fromAgentUserId, event.toAgentUserId]),
      request.assignedAgentUserId,
    ]);
    const now = new Date();
    return {
      ...toRequestListItem(
        {
          ...request,
          unitName: unit?.nameFi ?? null,
          agentName: request.assignedAgentUserId ? (names.get(request.assignedAgentUserId) ?? '') : null,
        },
        themes.get(request.id) ?? [],
        now,
      ),
      description: request.description,
      cpvDivisionCode: request.cpvDivisionCode,
      cpvCode: request.cpvCode,
      procurementStage: request.procurementStage,
      requester: {
        contactId: request.requesterContactId,
        name: request.requesterName,
        email: request.requesterEmail,
        language: request.requesterLanguage,
        verifiedAt: request.requesterVerifiedAt?.toISOString() ?? null,
      },
      firstRespondedAt: request.firstRespondedAt?.toISOString() ?? null,
      resolvedAt: request.resolvedAt?.toISOString() ?? null,
      closedAt: request.closedAt?.toISOString() ?? null,
      cancelledAt: request.cancelledAt?.toISOString() ?? null,
      pausedBusinessDays: request.pausedBusinessDays,
      rating: request.rating,
      ratingComment: request.ratingComment,
      version: request.version,
      allowedTransitions: transitionsFor(request, scope, now),
      timeline: events.map((event) => {
        const dto = toTimelineEvent(event, names);
        return staff ? dto : { ...dto, reason: null };
      }),
    };
  }

  /** The theme codes of each request, sorted. */
  private async themeCodesOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string[]>> {
    const byRequest = new Map<string, string[]>();
    if (ids.length === 0) {
      return byRequest;
    }
    const rows = (await manager.query(
      `SELECT request_id, theme_code FROM support_request_themes
       WHERE request_id = ANY ($1::uuid[]) ORDER BY request_id, theme_code COLLATE "C"`,
      [ids],
    )) as { request_id: string; theme_code: string }[];
    for (const row of rows) {
      const codes = byRequest.get(row.request_id);
      if (codes) {
        codes.push(row.theme_code);
      } else {
        byRequest.set(row.request_id, [row.theme_code]);
      }
    }
    return byRequest;
  }
}
