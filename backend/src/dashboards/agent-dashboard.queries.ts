import type { DataSource } from 'typeorm';
import { assignmentCoversSql } from '../agents/assignment-period.sql';
import { addDays, addMonths, startOfIsoWeek, startOfMonth } from '../common/time/calendar-dates';
import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';
import { bindParameters } from '../database/bind-parameters';
import { preparedQuery } from '../database/prepared-query';
import {
  clockAtRiskSql,
  clockBreachedSql,
  requestOpenSql,
  slaAtRiskSql,
  slaBreachedSql,
} from '../requests/request-sla.sql';
import { helsinkiDayStartSql, unitReachedInPeriodSql } from '../units/unit-reach.sql';
import { type ReachPeriod, reachPeriod } from './counted-period';
import type {
  AgentFollowUpCountsDto,
  AgentRegionCoverageDto,
  AgentSlaDto,
  RequestAgeBucket,
  ThemeReachDto,
  WhiteSpotsDto,
} from './dto/agent-dashboard.dto';
import { type Period, THEME_REACH_SQL, type ThemeReachRow, toThemeReach } from './period-figures.queries';

// The parts of an agent's workload (SPEC §4), each a set-based statement with its own parameters (`$1` the agent's
// user id), run together as one statement (AGENT_DASHBOARD_SQL, below). One agent's rows are read through their
// indexes, and the generic plan runs as fast as custom ones at national and EU scale, so the statement is planned
// once per connection (planning it for each call would cost more than running it). That holds for white spots too:
// their reach test is one row per unit (migration ReachDayMaps), read by region (migration AgentDashboardIndexes).

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

interface AgentRequestsRow {
  status: string;
  bucket: RequestAgeBucket;
  count: number;
  at_risk: number;
  breached: number;
  first_response_at_risk: number;
  first_response_breached: number;
  resolution_at_risk: number;
  resolution_breached: number;
}

function toRequestFigures(rows: readonly AgentRequestsRow[]): AgentRequestFigures {
  const sum = (pick: (row: AgentRequestsRow) => number): number =>
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

/** The agent's ($1) open follow-ups: overdue on $2, due on $2, due from the day after $2 to $3. */
const AGENT_FOLLOW_UPS_SQL = `SELECT count(*) FILTER (WHERE due_date < $2::date)::int AS overdue,
            count(*) FILTER (WHERE due_date = $2::date)::int AS due_today,
            count(*) FILTER (WHERE due_date > $2::date AND due_date <= $3::date)::int AS due_later_this_week
     FROM follow_ups
     WHERE assignee_user_id = $1 AND status = 'open' AND due_date <= $3::date`;

interface AgentFollowUpsRow {
  overdue: number;
  due_today: number;
  due_later_this_week: number;
}

/** The agent's ($1) name, monthly capacity and hours logged from $2 to $3 (one decimal); no row for a non-agent. */
const AGENT_HOURS_SQL = `SELECT u.display_name, ag.monthly_capacity_hours AS capacity,
            (SELECT round(coalesce(sum(a.duration_minutes), 0) / 60.0, 1)::float
             FROM activities a
             WHERE a.agent_user_id = u.id AND a.activity_date BETWEEN $2::date AND $3::date) AS logged
     FROM users u JOIN agents ag ON ag.user_id = u.id
     WHERE u.id = $1 AND u.role = 'agent'`;

interface AgentHoursRow {
  display_name: string;
  capacity: number;
  logged: number;
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
     LEFT JOIN units_of ON units_of.region_code = g.code`;

interface AgentCoverageRow {
  code: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  active_units: number;
  reached_units: number;
}

/** White spots' order: largest estimated spend first, units without an estimate last, then by name. */
const whiteSpotsOrder = (alias: string): string =>
  `${alias}.estimated_annual_spend DESC NULLS LAST, ${alias}.name_fi COLLATE "fi-FI-x-icu", ${alias}.id`;

/** Active units of regions $1 not reached from $2 to $3, the top $4 with when each was last reached, and how many. */
const WHITE_SPOTS_SQL = `WITH spots AS (
       SELECT u.id, u.name_fi, u.name_sv, u.region_code, u.type, u.estimated_annual_spend,
              count(*) OVER () AS total
       FROM units u
       WHERE u.is_active AND u.region_code = ANY ($1::text[])
         AND NOT ${unitReachedInPeriodSql('u.id', '$2::date', '$3::date', '$1::text[]')}
       ORDER BY ${whiteSpotsOrder('u')}
       LIMIT $4)
     SELECT spots.*, greatest(
              (SELECT max(au.activity_date) FROM activity_units au WHERE au.unit_id = spots.id),
              (SELECT max((r.resolved_at AT TIME ZONE '${HELSINKI_TIME_ZONE}')::date)
               FROM support_requests r WHERE r.unit_id = spots.id))::text AS last_reached_on
     FROM spots`;

interface WhiteSpotRow {
  id: string;
  name_fi: string;
  name_sv: string | null;
  region_code: string;
  type: string;
  estimated_annual_spend: number | null;
  total: number;
  last_reached_on: string | null;
}

function toWhiteSpots(rows: readonly WhiteSpotRow[], period: Period): WhiteSpotsDto {
  return {
    since: period.from,
    to: period.to,
    total: rows.length === 0 ? 0 : rows[0].total,
    top: rows.map((row) => ({
      id: row.id,
      nameFi: row.name_fi,
      nameSv: row.name_sv,
      regionCode: row.region_code,
      type: row.type,
      estimatedAnnualSpend: row.estimated_annual_spend,
      lastReachedOn: row.last_reached_on,
    })),
  };
}

/**
 * The whole agent dashboard as one statement: each part above, bound to one parameter list, becomes a JSON column
 * of one row (lists in their order), so a call is one round trip and one statement for PostgreSQL instead of
 * six (docs/performance.md, "The agent dashboard in one statement"). The regions covered are read once, and
 * reach by theme and white spots take them from there. Parameters: $1 the agent; $2 today; $3 the week's Sunday;
 * $4, $5 the month to date; $6, $7 the year to date, $8, $9 its counted period (or null); $10, $11 the last twelve
 * months; $12 how many white spots.
 */
const AGENT_DASHBOARD_SQL = `WITH coverage AS (${bindParameters(AGENT_COVERAGE_SQL, ['$1', '$2', '$6', '$7', '$8', '$9'])}),
     agent_regions AS (SELECT coalesce(array_agg(code), '{}') AS codes FROM coverage)
     SELECT
       (SELECT row_to_json(hours) FROM (${bindParameters(AGENT_HOURS_SQL, ['$1', '$4', '$5'])}) hours) AS hours,
       (SELECT coalesce(json_agg(cells), '[]')
        FROM (${bindParameters(AGENT_REQUESTS_SQL, ['$1', '$2'])}) cells) AS requests,
       (SELECT row_to_json(follow_ups)
        FROM (${bindParameters(AGENT_FOLLOW_UPS_SQL, ['$1', '$2', '$3'])}) follow_ups) AS follow_ups,
       (SELECT coalesce(json_agg(coverage ORDER BY coverage.code), '[]') FROM coverage) AS coverage,
       (SELECT coalesce(json_agg(themes ORDER BY themes.sort_order), '[]')
        FROM (${bindParameters(THEME_REACH_SQL, ['$6', '$7', '(SELECT codes FROM agent_regions)', '$8', '$9'])}) themes)
         AS themes,
       (SELECT coalesce(json_agg(spots ORDER BY ${whiteSpotsOrder('spots')}), '[]')
        FROM (${bindParameters(WHITE_SPOTS_SQL, ['(SELECT codes FROM agent_regions)', '$10', '$11', '$12'])}) spots)
         AS white_spots`;

export interface AgentDashboardPeriods {
  readonly today: string;
  /** The last day of today's ISO week. */
  readonly sunday: string;
  readonly month: Period;
  readonly year: ReachPeriod;
  readonly lastTwelveMonths: Period;
}

/** The dates of an agent's dashboard on `today`; whether the year to date has reach counts is asked of `db`. */
export async function agentDashboardPeriods(db: DataSource, today: string): Promise<AgentDashboardPeriods> {
  return {
    today,
    sunday: addDays(startOfIsoWeek(today), 6),
    month: { from: startOfMonth(today), to: today },
    year: await reachPeriod(db, { from: `${today.slice(0, 4)}-01-01`, to: today }),
    lastTwelveMonths: { from: addDays(addMonths(today, -12), 1), to: today },
  };
}

export interface AgentDashboardParts {
  readonly hours: { displayName: string; logged: number; capacity: number };
  readonly requests: AgentRequestFigures;
  readonly followUps: AgentFollowUpCountsDto;
  readonly regions: AgentRegionCoverageDto[];
  readonly themes: ThemeReachDto[];
  readonly whiteSpots: WhiteSpotsDto;
}

/**
 * An agent's workload: hours this month, open requests, follow-ups this week, the regions covered today with their
 * reach this year, reach by theme this year, and the top `whiteSpotLimit` white spots of the last twelve months.
 * Null when the user is no agent. Planned once when the year has reach counts (as the national dashboard's
 * statements are), else for each call.
 */
export async function agentDashboardParts(
  db: DataSource,
  agentUserId: string,
  periods: AgentDashboardPeriods,
  whiteSpotLimit = 10,
): Promise<AgentDashboardParts | null> {
  const { today, sunday, month, year, lastTwelveMonths } = periods;
  const [row] = (await preparedQuery(
    db,
    AGENT_DASHBOARD_SQL,
    [
      agentUserId,
      today,
      sunday,
      month.from,
      month.to,
      year.from,
      year.to,
      year.counted?.kind ?? null,
      year.counted?.start ?? null,
      lastTwelveMonths.from,
      lastTwelveMonths.to,
      whiteSpotLimit,
    ],
    { genericPlan: year.counted !== null },
  )) as {
    hours: AgentHoursRow | null;
    requests: AgentRequestsRow[];
    follow_ups: AgentFollowUpsRow;
    coverage: AgentCoverageRow[];
    themes: ThemeReachRow[];
    white_spots: WhiteSpotRow[];
  }[];
  if (!row?.hours) {
    return null;
  }
  return {
    hours: { displayName: row.hours.display_name, logged: row.hours.logged, capacity: row.hours.capacity },
    requests: toRequestFigures(row.requests),
    followUps: {
      overdue: row.follow_ups.overdue,
      dueToday: row.follow_ups.due_today,
      dueLaterThisWeek: row.follow_ups.due_later_this_week,
    },
    regions: row.coverage.map((region) => ({
      code: region.code,
      names: { fi: region.name_fi, sv: region.name_sv, en: region.name_en },
      activeUnits: region.active_units,
      reachedUnits: region.reached_units,
    })),
    themes: row.themes.map(toThemeReach),
    whiteSpots: toWhiteSpots(row.white_spots, lastTwelveMonths),
  };
}
