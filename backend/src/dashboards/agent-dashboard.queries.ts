import type { DataSource } from 'typeorm';
import { assignmentCoversSql } from '../agents/assignment-period.sql';
import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';
import { preparedQuery } from '../database/prepared-query';
import {
  clockAtRiskSql,
  clockBreachedSql,
  requestOpenSql,
  slaAtRiskSql,
  slaBreachedSql,
} from '../requests/request-sla.sql';
import { helsinkiDayStartSql, unitReachedInPeriodSql } from '../units/unit-reach.sql';
import type { ReachPeriod } from './counted-period';
import type {
  AgentFollowUpCountsDto,
  AgentRegionCoverageDto,
  AgentSlaDto,
  RequestAgeBucket,
  WhiteSpotsDto,
} from './dto/agent-dashboard.dto';
import type { Period } from './period-figures.queries';

// The parts of an agent's workload (SPEC §4), each one set-based statement. `$1` is the agent's user id.

/**
 * The statements below are planned once per connection: one agent's rows through their indexes, whose generic
 * plans run as fast as custom ones at national and EU scale, so planning each call (0.1–0.6 ms) is saved. White
 * spots too, since their reach test is one row per unit (migration ReachDayMaps), read by region (migration
 * AgentDashboardIndexes).
 */
const PLANNED_ONCE = { genericPlan: true } as const;

/** Lower bounds (days since submission) of the age buckets, oldest last. */
export const AGE_BUCKET_DAYS: Record<RequestAgeBucket, number> = {
  underOneWeek: 0,
  oneToFourWeeks: 7,
  oneToThreeMonths: 28,
  overThreeMonths: 90,
};

export interface OpenRequestCell {
  readonly status: string;
  readonly bucket: RequestAgeBucket;
  readonly count: number;
}

export interface AgentRequestFigures {
  readonly cells: OpenRequestCell[];
  readonly sla: AgentSlaDto;
}

/**
 * Submitted fewer than `days` days before $2 (Helsinki dates): from the start of day $2 + 1 − days on, an instant
 * computed once per statement rather than each request's date.
 */
const submittedWithin = (days: number): string =>
  `r.submitted_at >= (SELECT ${helsinkiDayStartSql(`$2::date + ${1 - days}`)})`;

/** The agent's ($1) open requests by status and age bucket on $2, with their service-level counts. */
const AGENT_REQUESTS_SQL = `SELECT r.status,
            CASE WHEN ${submittedWithin(AGE_BUCKET_DAYS.oneToFourWeeks)} THEN 'underOneWeek'
                 WHEN ${submittedWithin(AGE_BUCKET_DAYS.oneToThreeMonths)} THEN 'oneToFourWeeks'
                 WHEN ${submittedWithin(AGE_BUCKET_DAYS.overThreeMonths)} THEN 'oneToThreeMonths'
                 ELSE 'overThreeMonths' END AS bucket,
            count(*)::int AS count,
            count(*) FILTER (WHERE ${slaAtRiskSql('r')})::int AS at_risk,
            count(*) FILTER (WHERE ${slaBreachedSql('r')})::int AS breached,
            count(*) FILTER (WHERE ${clockAtRiskSql('r', 'firstResponse')})::int AS first_response_at_risk,
            count(*) FILTER (WHERE ${clockBreachedSql('r', 'firstResponse')})::int AS first_response_breached,
            count(*) FILTER (WHERE ${clockAtRiskSql('r', 'resolution')})::int AS resolution_at_risk,
            count(*) FILTER (WHERE ${clockBreachedSql('r', 'resolution')})::int AS resolution_breached
     FROM support_requests r
     WHERE r.assigned_agent_user_id = $1 AND ${requestOpenSql('r')}
     GROUP BY 1, 2`;

/** The agent's open requests by status and age, and their service levels, on `today` at `now()`. */
export async function agentRequests(
  db: DataSource,
  agentUserId: string,
  today: string,
): Promise<AgentRequestFigures> {
  const rows = (await preparedQuery(db, AGENT_REQUESTS_SQL, [agentUserId, today], PLANNED_ONCE)) as {
    status: string;
    bucket: RequestAgeBucket;
    count: number;
    at_risk: number;
    breached: number;
    first_response_at_risk: number;
    first_response_breached: number;
    resolution_at_risk: number;
    resolution_breached: number;
  }[];
  const sum = (pick: (row: (typeof rows)[number]) => number): number =>
    rows.reduce((total, row) => total + pick(row), 0);
  return {
    cells: rows.map((row) => ({ status: row.status, bucket: row.bucket, count: row.count })),
    sla: {
      atRisk: sum((row) => row.at_risk),
      breached: sum((row) => row.breached),
      firstResponse: {
        atRisk: sum((row) => row.first_response_at_risk),
        breached: sum((row) => row.first_response_breached),
      },
      resolution: {
        atRisk: sum((row) => row.resolution_at_risk),
        breached: sum((row) => row.resolution_breached),
      },
    },
  };
}

/** The agent's open follow-ups: overdue, due today, due from tomorrow to `sunday`. */
export async function agentFollowUps(
  db: DataSource,
  agentUserId: string,
  today: string,
  sunday: string,
): Promise<AgentFollowUpCountsDto> {
  const [row] = (await preparedQuery(
    db,
    `SELECT count(*) FILTER (WHERE due_date < $2::date)::int AS overdue,
            count(*) FILTER (WHERE due_date = $2::date)::int AS due_today,
            count(*) FILTER (WHERE due_date > $2::date AND due_date <= $3::date)::int AS due_later_this_week
     FROM follow_ups
     WHERE assignee_user_id = $1 AND status = 'open' AND due_date <= $3::date`,
    [agentUserId, today, sunday],
    PLANNED_ONCE,
  )) as { overdue: number; due_today: number; due_later_this_week: number }[];
  return { overdue: row.overdue, dueToday: row.due_today, dueLaterThisWeek: row.due_later_this_week };
}

/** The agent's hours logged in the period (one decimal) and their monthly capacity. */
export async function agentHours(
  db: DataSource,
  agentUserId: string,
  period: Period,
): Promise<{ displayName: string; logged: number; capacity: number } | null> {
  const [row] = (await preparedQuery(
    db,
    `SELECT u.display_name, ag.monthly_capacity_hours AS capacity,
            (SELECT round(coalesce(sum(a.duration_minutes), 0) / 60.0, 1)::float
             FROM activities a
             WHERE a.agent_user_id = u.id AND a.activity_date BETWEEN $2::date AND $3::date) AS logged
     FROM users u JOIN agents ag ON ag.user_id = u.id
     WHERE u.id = $1 AND u.role = 'agent'`,
    [agentUserId, period.from, period.to],
    PLANNED_ONCE,
  )) as { display_name: string; capacity: number; logged: number }[];
  return row ? { displayName: row.display_name, logged: row.logged, capacity: row.capacity } : null;
}

/**
 * The regions agent $1 covers on $2, with their active units and those reached from $3 to $4 (counted in the period
 * $5, $6 when not null).
 */
const AGENT_COVERAGE_SQL = `WITH covered AS (
       SELECT DISTINCT a.region_code FROM agent_region_assignments a
       WHERE a.agent_user_id = $1 AND ${assignmentCoversSql('a', '$2::date')}),
     units_of AS (
       SELECT region_code, sum(active_units)::int AS active_units, sum(reached_units)::int AS reached_units
       FROM (
         SELECT region_code, units AS active_units, 0 AS reached_units
         FROM active_unit_counts WHERE region_code IN (SELECT region_code FROM covered)
         UNION ALL
         SELECT region_code, 0, units FROM reach_counts
         WHERE period_kind = $5::text AND period_start = $6::date AND theme_code = '' AND unit_type = ''
           AND region_code IN (SELECT region_code FROM covered)
         UNION ALL
         SELECT u.region_code, 0, 1 FROM units u
         WHERE $5::text IS NULL AND u.is_active AND u.region_code IN (SELECT region_code FROM covered)
           AND ${unitReachedInPeriodSql('u.id', '$3::date', '$4::date')}) unit_counts
       GROUP BY region_code)
     SELECT g.code, g.name_fi, g.name_sv, g.name_en,
            coalesce(units_of.active_units, 0) AS active_units,
            coalesce(units_of.reached_units, 0) AS reached_units
     FROM covered JOIN regions g ON g.code = covered.region_code
     LEFT JOIN units_of ON units_of.region_code = g.code
     ORDER BY g.code`;

/**
 * The regions the agent covers on `today`, each with its active and reached units in the period: from the
 * counts kept per region (migration ReachCounts), or unit by unit for a period without counts.
 */
export async function agentRegionCoverage(
  db: DataSource,
  agentUserId: string,
  today: string,
  period: ReachPeriod,
): Promise<AgentRegionCoverageDto[]> {
  const rows = (await preparedQuery(
    db,
    AGENT_COVERAGE_SQL,
    [agentUserId, today, period.from, period.to, period.counted?.kind ?? null, period.counted?.start ?? null],
    PLANNED_ONCE,
  )) as {
    code: string;
    name_fi: string;
    name_sv: string;
    name_en: string;
    active_units: number;
    reached_units: number;
  }[];
  return rows.map((row) => ({
    code: row.code,
    names: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    activeUnits: row.active_units,
    reachedUnits: row.reached_units,
  }));
}

/** Active units of regions $1 not reached from $2 to $3, the top $4 with when each was last reached. */
const WHITE_SPOTS_SQL = `WITH spots AS (
       SELECT u.id, u.name_fi, u.name_sv, u.region_code, u.type, u.estimated_annual_spend,
              count(*) OVER () AS total
       FROM units u
       WHERE u.is_active AND u.region_code = ANY ($1::text[])
         AND NOT ${unitReachedInPeriodSql('u.id', '$2::date', '$3::date', '$1::text[]')}
       ORDER BY u.estimated_annual_spend DESC NULLS LAST, u.name_fi COLLATE "fi-FI-x-icu", u.id
       LIMIT $4)
     SELECT spots.*, greatest(
              (SELECT max(au.activity_date) FROM activity_units au WHERE au.unit_id = spots.id),
              (SELECT max((r.resolved_at AT TIME ZONE '${HELSINKI_TIME_ZONE}')::date)
               FROM support_requests r WHERE r.unit_id = spots.id))::text AS last_reached_on
     FROM spots
     ORDER BY spots.estimated_annual_spend DESC NULLS LAST, spots.name_fi COLLATE "fi-FI-x-icu", spots.id`;

/**
 * White spots: active units of the regions not reached in the period, largest estimated spend first (units
 * without an estimate last, then by name); the top `limit` with when each was last reached, and how many.
 */
export async function whiteSpots(
  db: DataSource,
  regionCodes: readonly string[],
  period: Period,
  limit = 10,
): Promise<WhiteSpotsDto> {
  const rows = (await preparedQuery(
    db,
    WHITE_SPOTS_SQL,
    [regionCodes, period.from, period.to, limit],
    PLANNED_ONCE,
  )) as {
    id: string;
    name_fi: string;
    name_sv: string | null;
    region_code: string;
    type: string;
    estimated_annual_spend: string | null;
    total: string;
    last_reached_on: string | null;
  }[];
  return {
    since: period.from,
    to: period.to,
    total: rows.length === 0 ? 0 : Number(rows[0].total),
    top: rows.map((row) => ({
      id: row.id,
      nameFi: row.name_fi,
      nameSv: row.name_sv,
      regionCode: row.region_code,
      type: row.type,
      estimatedAnnualSpend: row.estimated_annual_spend === null ? null : Number(row.estimated_annual_spend),
      lastReachedOn: row.last_reached_on,
    })),
  };
}
