import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ActivitiesService } from '../activities/activities.service';
import { activityScopeOf } from '../activities/activity-scope';
import { ActivityEntity } from '../activities/activity.entity';
import { AuditService, diffFields } from '../audit/audit.service';
import { StaleVersionError } from '../common/auth/auth-errors';
import type { Actor } from '../common/auth/principal';
import {
  DomainError,
  type FieldError,
  RecordNotFoundError,
  ValidationFailedError,
} from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { parseSort } from '../common/pagination/sort';
import { addMonths } from '../common/time/calendar-dates';
import { helsinkiDate } from '../common/time/helsinki-date';
import { requestScopeOf } from '../requests/request-scope';
import { RequestsService } from '../requests/requests.service';
import { SupportRequestEntity } from '../requests/support-request.entity';
import { displayNamesOf } from '../requests/user-names';
import { UnitEntity } from '../units/unit.entity';
import type { CreateFollowUpDto, UpdateFollowUpDto } from './dto/follow-up-commands.dto';
import type { FOLLOW_UP_SORT_FIELDS, FollowUpListQueryDto } from './dto/follow-up-list-query.dto';
import type { FollowUpDto } from './dto/follow-up.dto';
import { bucketOf, bucketRange } from './follow-up-buckets';
import { type FollowUpScope, whereFollowUpInScope } from './follow-up-scope';
import { FollowUpEntity } from './follow-up.entity';
import { assignmentCoversSql } from '../agents/assignment-period.sql';

type FollowUpSortField = (typeof FOLLOW_UP_SORT_FIELDS)[number];

const sortExpressions: Record<FollowUpSortField, string> = {
  dueDate: 'followUp.dueDate',
  createdAt: 'followUp.createdAt',
  completedAt: 'followUp.completedAt',
};

/** What a follow-up is about, resolved from the caller's view of it. */
interface Subject {
  readonly kind: FollowUpEntity['subjectKind'];
  readonly unitId: string | null;
  readonly requestId: string | null;
  readonly activityId: string | null;
  readonly regionCode: string | null;
  /** For a request: its assigned agent, who may follow it up even outside their regions. */
  readonly requestAgentUserId: string | null;
}

function auditedFields(followUp: FollowUpEntity): Record<string, unknown> {
  return {
    subjectKind: followUp.subjectKind,
    unitId: followUp.unitId,
    requestId: followUp.requestId,
    activityId: followUp.activityId,
    assigneeUserId: followUp.assigneeUserId,
    dueDate: followUp.dueDate,
    note: followUp.note,
    status: followUp.status,
    recurrenceMonths: followUp.recurrenceMonths,
    previousFollowUpId: followUp.previousFollowUpId,
  };
}

/** Follow-ups (SPEC §3): something to do by a date, optionally recurring every N months. */
@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly requests: RequestsService,
    private readonly activities: ActivitiesService,
  ) {}

  async list(query: FollowUpListQueryDto, scope: FollowUpScope): Promise<Page<FollowUpDto>> {
    const builder = whereFollowUpInScope(
      this.dataSource.createQueryBuilder(FollowUpEntity, 'followUp'),
      'followUp',
      scope,
    );
    const today = helsinkiDate();
    if (query.mine) {
      builder.andWhere('followUp.assigneeUserId = :mine', { mine: scope.userId });
    }
    if (query.assigneeUserId) {
      builder.andWhere('followUp.assigneeUserId = :assignee', { assignee: query.assigneeUserId });
    }
    if (query.status?.length) {
      builder.andWhere('followUp.status IN (:...statuses)', { statuses: query.status });
    }
    if (query.bucket) {
      const range = bucketRange(query.bucket, today);
      builder.andWhere(`followUp.status = 'open'`);
      if (range.from) {
        builder.andWhere('followUp.dueDate >= :bucketFrom', { bucketFrom: range.from });
      }
      if (range.to) {
        builder.andWhere('followUp.dueDate <= :bucketTo', { bucketTo: range.to });
      }
    }
    for (const field of ['unitId', 'requestId', 'activityId', 'regionCode'] as const) {
      if (query[field]) {
        builder.andWhere(`followUp.${field} = :${field}`, { [field]: query[field] });
      }
    }
    if (query.dueFrom) {
      builder.andWhere('followUp.dueDate >= :dueFrom', { dueFrom: query.dueFrom });
    }
    if (query.dueTo) {
      builder.andWhere('followUp.dueDate <= :dueTo', { dueTo: query.dueTo });
    }
    const { field, direction } = query.sort
      ? parseSort<FollowUpSortField>(query.sort)
      : { field: 'dueDate' as const, direction: 'ASC' as const };
    const [rows, total] = await builder
      .orderBy(sortExpressions[field], direction, direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy('followUp.createdAt', 'ASC')
      .addOrderBy('followUp.id', 'ASC')
      .offset(query.offset)
      .limit(query.pageSize)
      .getManyAndCount();
    return {
      items: await this.toDtos(this.dataSource.manager, rows, today),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(
    id: string,
    scope: FollowUpScope,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FollowUpDto> {
    const [dto] = await this.toDtos(manager, [await this.findInScope(manager, id, scope)], helsinkiDate());
    return dto;
  }

  async create(body: CreateFollowUpDto, actor: Actor, scope: FollowUpScope): Promise<FollowUpDto> {
    return this.dataSource.transaction(async (manager) => {
      const subject = await this.subjectOf(manager, body, actor, scope);
      const assigneeUserId = body.assigneeUserId ?? actor.principal.userId;
      const errors: FieldError[] = [];
      const today = helsinkiDate();
      if (body.dueDate < today) {
        errors.push({
          field: 'dueDate',
          code: 'past',
          message: `dueDate must not be before today (${today})`,
        });
      }
      if (!(await this.isValidAssignee(manager, assigneeUserId, subject))) {
        errors.push(notAnAssignee());
      }
      if (errors.length > 0) {
        throw new ValidationFailedError(errors);
      }
      const followUp = await manager.save(
        manager.create(FollowUpEntity, {
          subjectKind: subject.kind,
          unitId: subject.unitId,
          requestId: subject.requestId,
          activityId: subject.activityId,
          regionCode: subject.regionCode,
          assigneeUserId,
          dueDate: body.dueDate,
          note: body.note,
          status: 'open',
          recurrenceMonths: body.recurrenceMonths ?? null,
          completedAt: null,
          previousFollowUpId: null,
          lastRemindedOn: null,
          createdByUserId: actor.principal.userId,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'follow_up',
        entityId: followUp.id,
        changes: diffFields({}, auditedFields(followUp)),
      });
      return this.get(followUp.id, scope, manager);
    });
  }

  async update(
    id: string,
    body: UpdateFollowUpDto,
    actor: Actor,
    scope: FollowUpScope,
  ): Promise<FollowUpDto> {
    return this.dataSource.transaction(async (manager) => {
      const followUp = await this.findInScope(manager, id, scope, true);
      if (followUp.version !== body.version) {
        throw new StaleVersionError('follow-up');
      }
      const before = auditedFields(followUp);
      if (body.assigneeUserId && body.assigneeUserId !== followUp.assigneeUserId) {
        const requestAgentUserId = followUp.requestId
          ? ((
              await manager.findOne(SupportRequestEntity, {
                where: { id: followUp.requestId },
                select: { id: true, assignedAgentUserId: true },
              })
            )?.assignedAgentUserId ?? null)
          : null;
        const valid = await this.isValidAssignee(manager, body.assigneeUserId, {
          regionCode: followUp.regionCode,
          requestAgentUserId,
        });
        if (!valid) {
          throw new ValidationFailedError([notAnAssignee()]);
        }
        followUp.assigneeUserId = body.assigneeUserId;
      }
      const completing = body.status === 'done' && followUp.status !== 'done';
      if (body.status && body.status !== followUp.status) {
        followUp.status = body.status;
        followUp.completedAt = body.status === 'open' ? null : new Date();
      }
      followUp.dueDate = body.dueDate ?? followUp.dueDate;
      followUp.note = body.note ?? followUp.note;
      if (body.recurrenceMonths !== undefined) {
        followUp.recurrenceMonths = body.recurrenceMonths;
      }
      const saved = await manager.save(followUp);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'follow_up',
        entityId: id,
        changes: diffFields(before, auditedFields(saved)),
      });
      if (completing && saved.recurrenceMonths) {
        await this.createSuccessor(manager, saved, actor);
      }
      return this.get(id, scope, manager);
    });
  }

  /** The next occurrence of a recurring follow-up, N months after this one was due; created once. */
  private async createSuccessor(manager: EntityManager, done: FollowUpEntity, actor: Actor): Promise<void> {
    const exists = await manager.exists(FollowUpEntity, { where: { previousFollowUpId: done.id } });
    if (exists || !done.recurrenceMonths) {
      return;
    }
    const next = await manager.save(
      manager.create(FollowUpEntity, {
        subjectKind: done.subjectKind,
        unitId: done.unitId,
        requestId: done.requestId,
        activityId: done.activityId,
        regionCode: done.regionCode,
        assigneeUserId: done.assigneeUserId,
        dueDate: addMonths(done.dueDate, done.recurrenceMonths),
        note: done.note,
        status: 'open',
        recurrenceMonths: done.recurrenceMonths,
        completedAt: null,
        previousFollowUpId: done.id,
        lastRemindedOn: null,
        createdByUserId: actor.principal.userId,
      }),
    );
    await this.audit.record(manager, actor, {
      action: 'create',
      entityType: 'follow_up',
      entityId: next.id,
      changes: diffFields({}, auditedFields(next)),
    });
  }

  private async findInScope(
    manager: EntityManager,
    id: string,
    scope: FollowUpScope,
    forUpdate = false,
  ): Promise<FollowUpEntity> {
    const builder = whereFollowUpInScope(
      manager.createQueryBuilder(FollowUpEntity, 'followUp'),
      'followUp',
      scope,
    ).andWhere('followUp.id = :id', { id });
    const followUp = await (forUpdate ? builder.setLock('pessimistic_write') : builder).getOne();
    if (!followUp) {
      throw new RecordNotFoundError('follow-up', id);
    }
    return followUp;
  }

  /** The one subject named, as the caller may see it; a field error otherwise. */
  private async subjectOf(
    manager: EntityManager,
    body: CreateFollowUpDto,
    actor: Actor,
    scope: FollowUpScope,
  ): Promise<Subject> {
    const named = [body.unitId, body.requestId, body.activityId].filter((id) => id !== undefined);
    if (named.length !== 1) {
      throw new ValidationFailedError([
        {
          field: 'unitId',
          code: named.length === 0 ? 'required' : 'oneSubject',
          message: 'Name exactly one of unitId, requestId and activityId',
        },
      ]);
    }
    const notFound = (field: string, what: string): ValidationFailedError =>
      new ValidationFailedError([
        { field, code: `unknown${what}`, message: `No such ${what.toLowerCase()} in your regions` },
      ]);
    if (body.unitId) {
      const unit = await manager.findOne(UnitEntity, {
        where: { id: body.unitId },
        select: { id: true, regionCode: true },
      });
      if (!unit || (scope.kind === 'agent' && !scope.regionCodes.includes(unit.regionCode))) {
        throw notFound('unitId', 'Unit');
      }
      return {
        kind: 'unit',
        unitId: unit.id,
        requestId: null,
        activityId: null,
        regionCode: unit.regionCode,
        requestAgentUserId: null,
      };
    }
    if (body.requestId) {
      const request = await this.rethrowAs(
        this.requests.findInScope(manager, body.requestId, requestScopeOf(actor.principal)),
        notFound('requestId', 'Request'),
      );
      return {
        kind: 'request',
        unitId: request.unitId,
        requestId: request.id,
        activityId: null,
        regionCode: request.regionCode,
        requestAgentUserId: request.assignedAgentUserId,
      };
    }
    const activity: ActivityEntity = await this.rethrowAs(
      this.activities.findInScope(manager, body.activityId ?? '', activityScopeOf(actor.principal)),
      notFound('activityId', 'Activity'),
    );
    // The activity's unit in the caller's regions (a workshop may reach several regions), by name.
    const [unit] = (await manager.query(
      `SELECT u.id, u.region_code FROM activity_units au JOIN units u ON u.id = au.unit_id
       WHERE au.activity_id = $1
       ORDER BY (u.region_code = ANY($2)) DESC, u.name_fi, u.id LIMIT 1`,
      [activity.id, scope.kind === 'agent' ? scope.regionCodes : []],
    )) as { id: string; region_code: string }[];
    return {
      kind: 'activity',
      unitId: unit?.id ?? null,
      requestId: null,
      activityId: activity.id,
      regionCode: unit?.region_code ?? null,
      requestAgentUserId: null,
    };
  }

  private async rethrowAs<T>(lookup: Promise<T>, replacement: Error): Promise<T> {
    try {
      return await lookup;
    } catch (error) {
      throw error instanceof DomainError ? replacement : error;
    }
  }

  /** A coordinator, an agent covering the region today, or the agent a request is assigned to. */
  private async isValidAssignee(
    manager: EntityManager,
    userId: string,
    subject: Pick<Subject, 'regionCode' | 'requestAgentUserId'>,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT u.role,
         EXISTS (SELECT 1 FROM agent_region_assignments a
                 WHERE a.agent_user_id = u.id AND a.region_code = $2 AND ${assignmentCoversSql('a')}) AS covers_region
       FROM users u WHERE u.id = $1 AND u.is_active`,
      [userId, subject.regionCode],
    )) as { role: string; covers_region: boolean }[];
    const user = rows[0];
    if (!user) {
      return false;
    }
    return (
      user.role === 'coordinator' ||
      (user.role === 'agent' && (user.covers_region || subject.requestAgentUserId === userId))
    );
  }

  private async toDtos(
    manager: EntityManager,
    rows: readonly FollowUpEntity[],
    today: string,
  ): Promise<FollowUpDto[]> {
    if (rows.length === 0) {
      return [];
    }
    const idsOf = (pick: (row: FollowUpEntity) => string | null): string[] => [
      ...new Set(rows.map(pick).filter((id): id is string => id !== null)),
    ];
    const unitIds = idsOf((row) => row.unitId);
    const requestIds = idsOf((row) => row.requestId);
    const activityIds = idsOf((row) => row.activityId);
    // One after another: inside a transaction they share one connection.
    const units = unitIds.length
      ? await manager.find(UnitEntity, {
          where: { id: In(unitIds) },
          select: { id: true, nameFi: true, nameSv: true },
        })
      : [];
    const requests = requestIds.length
      ? await manager.find(SupportRequestEntity, {
          where: { id: In(requestIds) },
          select: { id: true, number: true, title: true },
        })
      : [];
    const activities = activityIds.length
      ? await manager.find(ActivityEntity, {
          where: { id: In(activityIds) },
          select: { id: true, activityDate: true, type: true },
        })
      : [];
    const successors = await manager.find(FollowUpEntity, {
      where: { previousFollowUpId: In(rows.map((row) => row.id)) },
      select: { id: true, previousFollowUpId: true },
    });
    const names = await displayNamesOf(
      manager,
      rows.map((row) => row.assigneeUserId),
    );
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const requestById = new Map(requests.map((request) => [request.id, request]));
    const activityById = new Map(activities.map((activity) => [activity.id, activity]));
    const successorOf = new Map(successors.map((next) => [next.previousFollowUpId, next.id]));
    return rows.map((row) => {
      const unit = row.unitId ? unitById.get(row.unitId) : undefined;
      const request = row.requestId ? requestById.get(row.requestId) : undefined;
      const activity = row.activityId ? activityById.get(row.activityId) : undefined;
      return {
        id: row.id,
        subjectKind: row.subjectKind,
        unit: unit ? { id: unit.id, nameFi: unit.nameFi, nameSv: unit.nameSv } : null,
        request: request ? { id: request.id, number: request.number, title: request.title } : null,
        activity: activity ? { id: activity.id, date: activity.activityDate, type: activity.type } : null,
        regionCode: row.regionCode,
        assigneeUserId: row.assigneeUserId,
        assigneeName: names.get(row.assigneeUserId) ?? '',
        dueDate: row.dueDate,
        note: row.note,
        status: row.status,
        bucket: row.status === 'open' ? bucketOf(row.dueDate, today) : null,
        recurrenceMonths: row.recurrenceMonths,
        completedAt: row.completedAt?.toISOString() ?? null,
        previousFollowUpId: row.previousFollowUpId,
        nextFollowUpId: successorOf.get(row.id) ?? null,
        createdAt: row.createdAt.toISOString(),
        version: row.version,
      };
    });
  }
}

function notAnAssignee(): FieldError {
  return {
    field: 'assigneeUserId',
    code: 'notAnAssignee',
    message: 'The assignee must be a coordinator or an agent of the region concerned',
  };
}
