import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import { ForbiddenError, StaleVersionError } from '../common/auth/auth-errors';
import type { Actor } from '../common/auth/principal';
import { ValidationFailedError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnitEntity } from '../units/unit.entity';
import type {
  AssignRequestDto,
  RatingDto,
  TimelineEntryDto,
  TransitionRequestDto,
} from './dto/request-commands.dto';
import type { RequestDto } from './dto/request.dto';
import { RequestEventEntity } from './request-event.entity';
import { auditedRequestFields } from './request-intake.service';
import { applyStatusChange } from './request-lifecycle';
import { RequestNotifier } from './request-notifier';
import type { EventAuthorKind } from './request-options';
import { isActiveAgent } from './request-routing';
import { type RequestScope, isStaffScope } from './request-scope';
import {
  OPEN_STATUSES,
  type RequestStatus,
  TransitionNotAllowedError,
  acceptsReplies,
} from './request-workflow';
import { RequestsService, transitionsFor } from './requests.service';
import { RatingNotAllowedError, RequestNotOpenError } from './requests.errors';
import type { SupportRequestEntity } from './support-request.entity';

export interface StatusChange {
  readonly to: RequestStatus;
  readonly comment: string | null;
  readonly authorKind: EventAuthorKind;
  readonly agentUserId?: string;
}

/**
 * What happens to a request after intake: status transitions, assignment, timeline entries and rating.
 * Each runs in one transaction with the request row locked, writes its timeline entry, audit event and emails.
 */
@Injectable()
export class RequestActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly notifier: RequestNotifier,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async transition(
    id: string,
    body: TransitionRequestDto,
    actor: Actor,
    scope: RequestScope,
  ): Promise<RequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.requests.findInScope(manager, id, scope, true);
      if (request.version !== body.version) {
        throw new StaleVersionError('request');
      }
      const allowed = transitionsFor(request, scope, new Date());
      if (!allowed.includes(body.to)) {
        throw new TransitionNotAllowedError(request.status, body.to, allowed);
      }
      let agentUserId: string | undefined;
      if (body.to === 'assigned') {
        agentUserId = scope.kind === 'agent' ? scope.userId : body.agentUserId;
        if (!agentUserId) {
          throw new ValidationFailedError([
            { field: 'agentUserId', code: 'required', message: 'Name the agent the request is assigned to' },
          ]);
        }
        await this.assertAgent(manager, agentUserId);
      }
      await this.changeStatus(
        manager,
        request,
        {
          to: body.to,
          comment: body.comment || null,
          authorKind: isStaffScope(scope) ? 'staff' : 'requester',
          agentUserId,
        },
        actor,
      );
      return this.requests.get(id, scope, manager);
    });
  }

  /**
   * Applies an allowed status change with its timeline entry, audit event and emails. Also used by the public
   * status page (cancel), a reply that resumes a waiting request, and the automatic closing.
   */
  async changeStatus(
    manager: EntityManager,
    request: SupportRequestEntity,
    change: StatusChange,
    actor: Actor | null,
  ): Promise<void> {
    const before = auditedRequestFields(request);
    const from = request.status;
    const now = new Date();
    applyStatusChange(request, change.to, now, this.config.slaResolutionBusinessDays);
    if (change.agentUserId) {
      request.assignedAgentUserId = change.agentUserId;
    }
    await manager.save(request);
    await manager.insert(RequestEventEntity, {
      requestId: request.id,
      kind: change.agentUserId ? 'assignment' : 'status_change',
      isInternal: false,
      authorKind: change.authorKind,
      authorUserId: actor?.principal.userId ?? null,
      body: change.comment,
      fromStatus: from,
      toStatus: change.to,
      toAgentUserId: change.agentUserId ?? null,
    });
    await this.audit.record(manager, actor, {
      action: 'update',
      entityType: 'request',
      entityId: request.id,
      changes: diffFields(before, auditedRequestFields(request)),
    });
    if (change.authorKind !== 'requester') {
      await this.notifier.statusChange(manager, request, from, change.comment);
    }
    if (change.agentUserId && change.agentUserId !== actor?.principal.userId) {
      await this.notifier.assigned(
        manager,
        request,
        change.agentUserId,
        await this.unitName(manager, request),
        null,
      );
    }
  }

  /** A coordinator gives the request to any active agent, with a reason; a new request becomes assigned. */
  async assign(id: string, body: AssignRequestDto, actor: Actor, scope: RequestScope): Promise<RequestDto> {
    if (scope.kind !== 'all') {
      throw new ForbiddenError('Only coordinators reassign requests.');
    }
    return this.dataSource.transaction(async (manager) => {
      const request = await this.requests.findInScope(manager, id, scope, true);
      if (request.version !== body.version) {
        throw new StaleVersionError('request');
      }
      if (!OPEN_STATUSES.includes(request.status)) {
        throw new RequestNotOpenError('reassigned');
      }
      if (request.assignedAgentUserId === body.agentUserId) {
        throw new ValidationFailedError([
          {
            field: 'agentUserId',
            code: 'alreadyAssigned',
            message: 'The request is already assigned to this agent',
          },
        ]);
      }
      await this.assertAgent(manager, body.agentUserId);
      const before = auditedRequestFields(request);
      const from = request.status;
      const fromAgent = request.assignedAgentUserId;
      request.assignedAgentUserId = body.agentUserId;
      if (request.status === 'new') {
        request.status = 'assigned';
      }
      await manager.save(request);
      await manager.insert(RequestEventEntity, {
        requestId: request.id,
        kind: 'assignment',
        isInternal: false,
        authorKind: 'staff',
        authorUserId: actor.principal.userId,
        fromStatus: from,
        toStatus: request.status,
        fromAgentUserId: fromAgent,
        toAgentUserId: body.agentUserId,
        reason: body.reason,
      });
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'request',
        entityId: id,
        changes: diffFields(before, auditedRequestFields(request)),
      });
      await this.notifier.assigned(
        manager,
        request,
        body.agentUserId,
        await this.unitName(manager, request),
        body.reason,
      );
      return this.requests.get(id, scope, manager);
    });
  }

  /** A note (internal) or a message to the requester (emailed) by staff; a reply by a unit user. */
  async addEntry(id: string, body: TimelineEntryDto, actor: Actor, scope: RequestScope): Promise<RequestDto> {
    const staff = isStaffScope(scope);
    if (staff ? body.kind === 'reply' : body.kind !== 'reply') {
      throw new ValidationFailedError([
        {
          field: 'kind',
          code: 'notAllowed',
          message: staff ? 'Staff write notes or messages' : 'Write a reply',
        },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const request = await this.requests.findInScope(manager, id, scope, true);
      if (body.kind === 'reply') {
        await this.reply(manager, request, body.body, actor);
      } else {
        await this.staffEntry(manager, request, body, actor);
      }
      return this.requests.get(id, scope, manager);
    });
  }

  /** The requester's side adds information; a request waiting for them, or resolved, goes back to work. */
  async reply(
    manager: EntityManager,
    request: SupportRequestEntity,
    text: string,
    actor: Actor | null,
  ): Promise<void> {
    if (!acceptsReplies(request.status, request.resolvedAt, new Date())) {
      throw new RequestNotOpenError('replied to');
    }
    const event = await manager.save(
      manager.create(RequestEventEntity, {
        requestId: request.id,
        kind: 'reply',
        isInternal: false,
        authorKind: 'requester',
        authorUserId: actor?.principal.userId ?? null,
        body: text,
      }),
    );
    await this.audit.record(manager, actor, {
      action: 'create',
      entityType: 'request_event',
      entityId: event.id,
      changes: diffFields({}, { requestId: request.id, kind: 'reply' }),
    });
    if (request.status === 'waiting_for_unit' || request.status === 'resolved') {
      // The answer the agent waited for, or something still missing after resolution: back to work.
      await this.changeStatus(
        manager,
        request,
        { to: 'in_progress', comment: null, authorKind: 'system' },
        null,
      );
    }
    await this.notifier.reply(manager, request, text);
  }

  /** The requester's side rates a resolved (or closed) request; a second rating replaces the first. */
  async rate(
    manager: EntityManager,
    request: SupportRequestEntity,
    body: RatingDto,
    actor: Actor | null,
  ): Promise<void> {
    if (request.status !== 'resolved' && request.status !== 'closed') {
      throw new RatingNotAllowedError();
    }
    const before = auditedRequestFields(request);
    request.rating = body.rating;
    request.ratingComment = body.comment || null;
    request.ratedAt = new Date();
    await manager.save(request);
    await manager.insert(RequestEventEntity, {
      requestId: request.id,
      kind: 'rating',
      isInternal: false,
      authorKind: 'requester',
      authorUserId: actor?.principal.userId ?? null,
      body: request.ratingComment,
      rating: body.rating,
    });
    await this.audit.record(manager, actor, {
      action: 'update',
      entityType: 'request',
      entityId: request.id,
      changes: diffFields(before, auditedRequestFields(request)),
    });
  }

  /** A unit user rates their unit's request. */
  async rateInApp(id: string, body: RatingDto, actor: Actor, scope: RequestScope): Promise<RequestDto> {
    if (scope.kind !== 'unit') {
      throw new ForbiddenError('Only the requester rates a request.');
    }
    return this.dataSource.transaction(async (manager) => {
      const request = await this.requests.findInScope(manager, id, scope, true);
      await this.rate(manager, request, body, actor);
      return this.requests.get(id, scope, manager);
    });
  }

  private async staffEntry(
    manager: EntityManager,
    request: SupportRequestEntity,
    body: TimelineEntryDto,
    actor: Actor,
  ): Promise<void> {
    const isMessage = body.kind === 'message';
    if (isMessage && request.status === 'cancelled') {
      throw new RequestNotOpenError('messaged');
    }
    const event = await manager.save(
      manager.create(RequestEventEntity, {
        requestId: request.id,
        kind: body.kind,
        isInternal: !isMessage,
        authorKind: 'staff',
        authorUserId: actor.principal.userId,
        body: body.body,
      }),
    );
    await this.audit.record(manager, actor, {
      action: 'create',
      entityType: 'request_event',
      entityId: event.id,
      changes: diffFields({}, { requestId: request.id, kind: body.kind }),
    });
    if (isMessage) {
      // The first message to the requester is the first response (SPEC §4).
      if (!request.firstRespondedAt) {
        const before = auditedRequestFields(request);
        request.firstRespondedAt = event.createdAt;
        await manager.save(request);
        await this.audit.record(manager, actor, {
          action: 'update',
          entityType: 'request',
          entityId: request.id,
          changes: {
            ...diffFields(before, auditedRequestFields(request)),
            firstRespondedAt: { old: null, new: event.createdAt.toISOString() },
          },
        });
      }
      await this.notifier.message(manager, request, actor.principal.displayName, body.body);
    }
  }

  private async assertAgent(manager: EntityManager, userId: string): Promise<void> {
    if (!(await isActiveAgent(manager, userId))) {
      throw new ValidationFailedError([
        { field: 'agentUserId', code: 'notAnAgent', message: 'Not an active agent' },
      ]);
    }
  }

  private async unitName(manager: EntityManager, request: SupportRequestEntity): Promise<string> {
    if (!request.unitId) {
      return request.unitDescription ?? '';
    }
    const unit = await manager.findOne(UnitEntity, {
      where: { id: request.unitId },
      select: { id: true, nameFi: true },
    });
    return unit?.nameFi ?? '';
  }
}
