import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import { ForbiddenError, StaleVersionError } from '../common/auth/auth-errors';
import type { Actor } from '../common/auth/principal';
import { type FieldError, RecordNotFoundError, ValidationFailedError } from '../common/errors/domain-error';
import type { Page } from '../common/pagination/page.dto';
import { parseSort } from '../common/pagination/sort';
import { helsinkiDate } from '../common/time/helsinki-date';
import { DomainError } from '../common/errors/domain-error';
import { requestScopeOf } from '../requests/request-scope';
import { RequestsService } from '../requests/requests.service';
import { SupportRequestEntity } from '../requests/support-request.entity';
import { UserEntity } from '../users/user.entity';
import { displayNamesOf } from '../requests/user-names';
import { preparedQueryIn } from '../database/prepared-query';
import { EARLIEST_ACTIVITY_DATE } from './activity-options';
import { type ActivityScope, canEditActivity } from './activity-scope';
import { ActivityThemeEntity } from './activity-theme.entity';
import { ActivityUnitEntity } from './activity-unit.entity';
import { ActivityEntity } from './activity.entity';
import type { ActivityFieldsDto, CreateActivityDto, UpdateActivityDto } from './dto/activity-commands.dto';
import type {
  ACTIVITY_SORT_FIELDS,
  ActivityFiltersDto,
  ActivityListQueryDto,
} from './dto/activity-list-query.dto';
import type {
  ActivityDto,
  ActivityRequestRefDto,
  ActivitySummaryDto,
  ActivityTotalDto,
  ActivityUnitDto,
} from './dto/activity.dto';

type ActivitySortField = (typeof ACTIVITY_SORT_FIELDS)[number];

const sortExpressions: Record<ActivitySortField, string> = {
  date: 'activity.activityDate',
  durationMinutes: 'activity.durationMinutes',
  createdAt: 'activity.createdAt',
};

export type ActivityFilters = Omit<ActivityFiltersDto, 'page' | 'pageSize' | 'offset'>;

/** An activity's own columns but the bookkeeping ones. */
type ActivityFields = Pick<
  ActivityEntity,
  'agentUserId' | 'activityDate' | 'type' | 'durationMinutes' | 'participantCount' | 'requestId' | 'note'
>;

/** The columns a create or an edit sets from the request body. */
function editableFieldsOf(body: ActivityFieldsDto): Omit<ActivityFields, 'agentUserId'> {
  return {
    activityDate: body.date,
    type: body.type,
    durationMinutes: body.durationMinutes,
    participantCount: body.participantCount ?? null,
    requestId: body.requestId ?? null,
    note: body.note || null,
  };
}

/** What an activity's answer shows beside its own columns. */
interface ActivityLinks {
  readonly units: ActivityUnitDto[];
  readonly themeCodes: string[];
  readonly request: ActivityRequestRefDto | null;
}

/** The activity as the API shows it to `scope`. */
function activityDto(
  activity: ActivityFields & Pick<ActivityEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'>,
  links: ActivityLinks,
  agentName: string,
  scope: ActivityScope,
): ActivityDto {
  return {
    id: activity.id,
    agentUserId: activity.agentUserId,
    agentName,
    date: activity.activityDate,
    type: activity.type,
    durationMinutes: activity.durationMinutes,
    participantCount: activity.participantCount,
    units: links.units,
    themeCodes: links.themeCodes,
    request: links.request,
    note: activity.note,
    canEdit: canEditActivity(scope, activity.agentUserId),
    createdAt: activity.createdAt.toISOString(),
    updatedAt: activity.updatedAt.toISOString(),
    version: activity.version,
  };
}

/**
 * A new activity with its units and themes, in one statement (the links' count triggers run at its end, when
 * all three are written). $1 the new id; $10 the unit ids, $11 the theme codes.
 */
const INSERT_ACTIVITY_SQL = `
  WITH activity AS (
    INSERT INTO activities (id, agent_user_id, activity_date, type, duration_minutes, participant_count, request_id,
                            note, created_by_user_id, version)
    VALUES ($1::uuid, $2::uuid, $3::date, $4::varchar, $5::int, $6::int, $7::uuid, $8::text, $9::uuid, 1)
    RETURNING created_at, updated_at, version),
  unit_links AS (
    INSERT INTO activity_units (activity_id, unit_id, activity_date)
    SELECT $1::uuid, unit_id, $3::date FROM unnest($10::uuid[]) AS unit_id),
  theme_links AS (
    INSERT INTO activity_themes (activity_id, theme_code)
    SELECT $1::uuid, theme_code FROM unnest($11::text[]) AS theme_code)
  SELECT created_at, updated_at, version FROM activity`;

/** The snapshot of an activity the audit trail compares. */
function auditedFields(
  activity: ActivityFields,
  unitIds: readonly string[],
  themeCodes: readonly string[],
): Record<string, unknown> {
  return {
    agentUserId: activity.agentUserId,
    date: activity.activityDate,
    type: activity.type,
    durationMinutes: activity.durationMinutes,
    participantCount: activity.participantCount,
    unitIds: [...unitIds].sort(),
    themeCodes: [...themeCodes].sort(),
    requestId: activity.requestId,
    note: activity.note,
  };
}

/** The advice log (SPEC §3): agents log for units of their regions, coordinators anywhere. */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly requests: RequestsService,
  ) {}

  /** The scoped, filtered query of activities (alias `activity`), unordered. */
  filteredQuery(
    filters: ActivityFilters,
    scope: ActivityScope,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<ActivityEntity> {
    const builder = manager.createQueryBuilder(ActivityEntity, 'activity');
    if (scope.kind === 'agent') {
      builder.andWhere(
        `(activity.agentUserId = :scopeUserId OR EXISTS (
           SELECT 1 FROM activity_units scope_au JOIN units scope_u ON scope_u.id = scope_au.unit_id
           WHERE scope_au.activity_id = activity.id AND scope_u.region_code IN (:...scopeRegionCodes)))`,
        { scopeUserId: scope.userId, scopeRegionCodes: scope.regionCodes.length ? scope.regionCodes : [''] },
      );
    }
    if (filters.mine) {
      builder.andWhere('activity.agentUserId = :mineUserId', { mineUserId: scope.userId });
    }
    if (filters.agentUserId) {
      builder.andWhere('activity.agentUserId = :agentUserId', { agentUserId: filters.agentUserId });
    }
    if (filters.unitId) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM activity_units f_au WHERE f_au.activity_id = activity.id AND f_au.unit_id = :unitId)',
        { unitId: filters.unitId },
      );
    }
    if (filters.regionCode) {
      builder.andWhere(
        `EXISTS (SELECT 1 FROM activity_units r_au JOIN units r_u ON r_u.id = r_au.unit_id
           WHERE r_au.activity_id = activity.id AND r_u.region_code = :regionCode)`,
        { regionCode: filters.regionCode },
      );
    }
    if (filters.requestId) {
      builder.andWhere('activity.requestId = :requestId', { requestId: filters.requestId });
    }
    if (filters.type?.length) {
      builder.andWhere('activity.type IN (:...types)', { types: filters.type });
    }
    if (filters.themeCode) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM activity_themes f_at WHERE f_at.activity_id = activity.id AND f_at.theme_code = :themeCode)',
        { themeCode: filters.themeCode },
      );
    }
    if (filters.from) {
      builder.andWhere('activity.activityDate >= :from', { from: filters.from });
    }
    if (filters.to) {
      builder.andWhere('activity.activityDate <= :to', { to: filters.to });
    }
    return builder;
  }

  async list(query: ActivityListQueryDto, scope: ActivityScope): Promise<Page<ActivityDto>> {
    const builder = this.filteredQuery(query, scope);
    if (query.sort) {
      const { field, direction } = parseSort<ActivitySortField>(query.sort);
      builder.orderBy(sortExpressions[field], direction);
    } else {
      builder.orderBy('activity.activityDate', 'DESC').addOrderBy('activity.createdAt', 'DESC');
    }
    const [rows, total] = await builder
      .addOrderBy('activity.id', 'ASC')
      .offset(query.offset)
      .limit(query.pageSize)
      .getManyAndCount();
    return {
      items: await this.toDtos(this.dataSource.manager, rows, scope),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Totals of the filtered activities: count, minutes, units reached, by type and by theme. */
  async summary(filters: ActivityFilters, scope: ActivityScope): Promise<ActivitySummaryDto> {
    const [sql, parameters] = this.filteredQuery(filters, scope)
      .select('activity.id', 'id')
      .getQueryAndParameters();
    const [row] = (await this.dataSource.query(
      `WITH f AS (${sql}),
         a AS (SELECT a.id, a.type, a.duration_minutes, a.participant_count FROM activities a JOIN f ON f.id = a.id)
       SELECT
         (SELECT count(*)::int FROM a) AS count,
         (SELECT coalesce(sum(duration_minutes), 0)::int FROM a) AS minutes,
         (SELECT coalesce(sum(participant_count), 0)::int FROM a) AS participants,
         (SELECT count(DISTINCT au.unit_id)::int FROM activity_units au JOIN a ON a.id = au.activity_id) AS units_reached,
         (SELECT coalesce(json_agg(t ORDER BY t.minutes DESC, t.key), '[]') FROM (
            SELECT type AS key, count(*)::int AS count, sum(duration_minutes)::int AS minutes FROM a GROUP BY type) t
         ) AS by_type,
         (SELECT coalesce(json_agg(t ORDER BY t.minutes DESC, t.key), '[]') FROM (
            SELECT at.theme_code AS key, count(*)::int AS count, sum(a.duration_minutes)::int AS minutes
            FROM a JOIN activity_themes at ON at.activity_id = a.id GROUP BY at.theme_code) t
         ) AS by_theme`,
      parameters,
    )) as {
      count: number;
      minutes: number;
      participants: number;
      units_reached: number;
      by_type: ActivityTotalDto[];
      by_theme: ActivityTotalDto[];
    }[];
    return {
      count: row.count,
      minutes: row.minutes,
      participants: row.participants,
      unitsReached: row.units_reached,
      byType: row.by_type,
      byTheme: row.by_theme,
    };
  }

  async get(
    id: string,
    scope: ActivityScope,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActivityDto> {
    const activity = await this.findInScope(manager, id, scope);
    const [dto] = await this.toDtos(manager, [activity], scope);
    return dto;
  }

  /** The activity if the scope may see it; 404 otherwise, whether or not it exists elsewhere. */
  async findInScope(
    manager: EntityManager,
    id: string,
    scope: ActivityScope,
    forUpdate = false,
  ): Promise<ActivityEntity> {
    const builder = this.filteredQuery({}, scope, manager).andWhere('activity.id = :id', { id });
    const activity = await (forUpdate ? builder.setLock('pessimistic_write') : builder).getOne();
    if (!activity) {
      throw new RecordNotFoundError('activity', id);
    }
    return activity;
  }

  async create(body: CreateActivityDto, actor: Actor, scope: ActivityScope): Promise<ActivityDto> {
    return this.dataSource.transaction(async (manager) => {
      const agent = await this.agentOf(manager, body.agentUserId, actor, scope);
      // What validation read (the units, themes and request, in the order the API lists them) is the answer's.
      const links = await this.assertValid(manager, body, actor, scope, []);
      const activity: ActivityFields & { id: string } = {
        id: randomUUID(),
        agentUserId: agent.id,
        ...editableFieldsOf(body),
      };
      const [written] = (await preparedQueryIn(manager, INSERT_ACTIVITY_SQL, [
        activity.id,
        activity.agentUserId,
        activity.activityDate,
        activity.type,
        activity.durationMinutes,
        activity.participantCount,
        activity.requestId,
        activity.note,
        actor.principal.userId,
        body.unitIds,
        body.themeCodes,
      ])) as { created_at: Date; updated_at: Date; version: number }[];
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'activity',
        entityId: activity.id,
        changes: diffFields({}, auditedFields(activity, body.unitIds, body.themeCodes)),
      });
      return activityDto(
        {
          ...activity,
          createdAt: written.created_at,
          updatedAt: written.updated_at,
          version: written.version,
        },
        links,
        agent.displayName,
        scope,
      );
    });
  }

  async update(
    id: string,
    body: UpdateActivityDto,
    actor: Actor,
    scope: ActivityScope,
  ): Promise<ActivityDto> {
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.findInScope(manager, id, scope, true);
      if (!canEditActivity(scope, activity.agentUserId)) {
        throw new ForbiddenError('Only the agent who logged an activity, or a coordinator, changes it.');
      }
      if (activity.version !== body.version) {
        throw new StaleVersionError('activity');
      }
      const [unitIds, themeCodes] = await this.linksOf(manager, activity.id);
      await this.assertValid(manager, body, actor, scope, unitIds);
      const before = auditedFields(activity, unitIds, themeCodes);
      Object.assign(activity, editableFieldsOf(body));
      const saved = await manager.save(activity);
      await manager.delete(ActivityUnitEntity, { activityId: id });
      await manager.delete(ActivityThemeEntity, { activityId: id });
      await this.writeLinks(manager, saved, body);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'activity',
        entityId: id,
        changes: diffFields(before, auditedFields(saved, body.unitIds, body.themeCodes)),
      });
      return this.get(id, scope, manager);
    });
  }

  async delete(id: string, actor: Actor, scope: ActivityScope): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const activity = await this.findInScope(manager, id, scope, true);
      if (!canEditActivity(scope, activity.agentUserId)) {
        throw new ForbiddenError('Only the agent who logged an activity, or a coordinator, deletes it.');
      }
      const [unitIds, themeCodes] = await this.linksOf(manager, id);
      await manager.delete(ActivityEntity, { id });
      await this.audit.record(manager, actor, {
        action: 'delete',
        entityType: 'activity',
        entityId: id,
        changes: diffFields(auditedFields(activity, unitIds, themeCodes), {}),
      });
    });
  }

  /** Whose work a new activity is: the caller's, or an agent a coordinator names. */
  private async agentOf(
    manager: EntityManager,
    agentUserId: string | undefined,
    actor: Actor,
    scope: ActivityScope,
  ): Promise<{ id: string; displayName: string }> {
    if (!agentUserId || agentUserId === actor.principal.userId) {
      return { id: actor.principal.userId, displayName: actor.principal.displayName };
    }
    if (scope.kind !== 'all') {
      throw new ForbiddenError('Agents log their own activities.');
    }
    const agent = await manager.findOne(UserEntity, {
      where: { id: agentUserId, role: 'agent', isActive: true },
    });
    if (!agent) {
      throw new ValidationFailedError([
        { field: 'agentUserId', code: 'unknownAgent', message: 'No active agent with this id' },
      ]);
    }
    return { id: agent.id, displayName: agent.displayName };
  }

  /**
   * The rules beyond the DTO: the date not after today, known units (an agent's in their regions, or already
   * on the activity), known themes, a linked request the caller may see. All problems are reported together.
   * Gives what it read: the units by name, the themes by code, the request.
   */
  private async assertValid(
    manager: EntityManager,
    body: ActivityFieldsDto,
    actor: Actor,
    scope: ActivityScope,
    existingUnitIds: readonly string[],
  ): Promise<ActivityLinks> {
    const errors: FieldError[] = [];
    const today = helsinkiDate();
    if (body.date > today) {
      errors.push({ field: 'date', code: 'future', message: `date must not be after today (${today})` });
    } else if (body.date < EARLIEST_ACTIVITY_DATE) {
      errors.push({
        field: 'date',
        code: 'tooEarly',
        message: `date must not be before ${EARLIEST_ACTIVITY_DATE}`,
      });
    }
    const units = (
      (await preparedQueryIn(
        manager,
        `SELECT id, name_fi, name_sv, region_code FROM units WHERE id = ANY ($1::uuid[]) ORDER BY name_fi`,
        [body.unitIds],
      )) as { id: string; name_fi: string; name_sv: string | null; region_code: string }[]
    ).map((unit) => ({
      id: unit.id,
      nameFi: unit.name_fi,
      nameSv: unit.name_sv,
      regionCode: unit.region_code,
    }));
    const found = new Set(units.map((unit) => unit.id));
    const missing = body.unitIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      errors.push({ field: 'unitIds', code: 'unknownUnit', message: `No such unit: ${missing.join(', ')}` });
    }
    if (scope.kind === 'agent') {
      const outside = units.filter(
        (unit) => !scope.regionCodes.includes(unit.regionCode) && !existingUnitIds.includes(unit.id),
      );
      if (outside.length > 0) {
        errors.push({
          field: 'unitIds',
          code: 'outsideRegions',
          message: `Not in your regions: ${outside.map((unit) => unit.nameFi).join(', ')}`,
        });
      }
    }
    let themeCodes: string[] = [];
    if (body.themeCodes.length > 0) {
      themeCodes = (
        (await preparedQueryIn(
          manager,
          `SELECT code FROM themes WHERE code = ANY ($1::text[]) ORDER BY code`,
          [body.themeCodes],
        )) as { code: string }[]
      ).map((theme) => theme.code);
      const knownCodes = new Set(themeCodes);
      const unknown = body.themeCodes.filter((code) => !knownCodes.has(code));
      if (unknown.length > 0) {
        errors.push({
          field: 'themeCodes',
          code: 'unknownTheme',
          message: `Unknown themes: ${unknown.join(', ')}`,
        });
      }
    }
    let request: ActivityRequestRefDto | null = null;
    if (body.requestId) {
      try {
        const found = await this.requests.findInScope(
          manager,
          body.requestId,
          requestScopeOf(actor.principal),
        );
        request = { id: found.id, number: found.number, title: found.title };
      } catch (error) {
        if (!(error instanceof DomainError)) {
          throw error;
        }
        errors.push({
          field: 'requestId',
          code: 'unknownRequest',
          message: 'No such request in your regions',
        });
      }
    }
    if (errors.length > 0) {
      throw new ValidationFailedError(errors);
    }
    return { units, themeCodes, request };
  }

  private async writeLinks(
    manager: EntityManager,
    activity: ActivityEntity,
    body: ActivityFieldsDto,
  ): Promise<void> {
    await manager.insert(
      ActivityUnitEntity,
      body.unitIds.map((unitId) => ({
        activityId: activity.id,
        unitId,
        activityDate: activity.activityDate,
      })),
    );
    if (body.themeCodes.length > 0) {
      await manager.insert(
        ActivityThemeEntity,
        body.themeCodes.map((themeCode) => ({ activityId: activity.id, themeCode })),
      );
    }
  }

  private async linksOf(manager: EntityManager, id: string): Promise<[string[], string[]]> {
    const units = await manager.find(ActivityUnitEntity, {
      where: { activityId: id },
      select: { unitId: true },
    });
    const themes = await manager.find(ActivityThemeEntity, {
      where: { activityId: id },
      select: { themeCode: true },
    });
    return [units.map((link) => link.unitId), themes.map((link) => link.themeCode)];
  }

  /** Maps activities with their units, themes, linked requests and agent names in four queries. */
  private async toDtos(
    manager: EntityManager,
    activities: readonly ActivityEntity[],
    scope: ActivityScope,
  ): Promise<ActivityDto[]> {
    if (activities.length === 0) {
      return [];
    }
    const ids = activities.map((activity) => activity.id);
    const requestIds = activities.flatMap((activity) => (activity.requestId ? [activity.requestId] : []));
    // One after another: inside a transaction they share one connection.
    const unitLinks = await manager
      .createQueryBuilder(ActivityUnitEntity, 'link')
      .innerJoin('link.unit', 'unit')
      .select(['link.activityId', 'link.unitId'])
      .addSelect(['unit.id', 'unit.nameFi', 'unit.nameSv', 'unit.regionCode'])
      .where('link.activityId IN (:...ids)', { ids })
      .orderBy('unit.nameFi', 'ASC')
      .getMany();
    const themeLinks = await manager.find(ActivityThemeEntity, {
      where: { activityId: In(ids) },
      order: { themeCode: 'ASC' },
    });
    const requests = requestIds.length
      ? await manager.find(SupportRequestEntity, {
          where: { id: In(requestIds) },
          select: { id: true, number: true, title: true },
        })
      : [];
    const names = await displayNamesOf(
      manager,
      activities.map((activity) => activity.agentUserId),
    );
    const requestsById = new Map(requests.map((request) => [request.id, request]));
    return activities.map((activity) => {
      const request = activity.requestId ? requestsById.get(activity.requestId) : undefined;
      const links: ActivityLinks = {
        units: unitLinks
          .filter((link) => link.activityId === activity.id && link.unit)
          .map((link) => ({
            id: link.unitId,
            nameFi: link.unit?.nameFi ?? '',
            nameSv: link.unit?.nameSv ?? null,
            regionCode: link.unit?.regionCode ?? '',
          })),
        themeCodes: themeLinks
          .filter((link) => link.activityId === activity.id)
          .map((link) => link.themeCode),
        request: request ? { id: request.id, number: request.number, title: request.title } : null,
      };
      return activityDto(activity, links, names.get(activity.agentUserId) ?? '', scope);
    });
  }
}
