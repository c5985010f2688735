import type { DataSource } from 'typeorm';
import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';
import { type PreparedQueryOptions, preparedQuery } from '../database/prepared-query';
import { instantInPeriodSql, reachDaysRowInPeriodSql } from '../units/unit-reach.sql';
import type { ReachPeriod } from './counted-period';
import { isWholeMonths } from './dashboard-period';
import type { ThemeReachDto } from './dto/agent-dashboard.dto';
import type {
  MonthlyTrendDto,
  PeriodFiguresDto,
  ReachByThemeDto,
  ReachByUnitTypeDto,
} from './dto/dashboard-figures.dto';

// The figures of a period (SPEC §4), computed set-wise by PostgreSQL: one statement gives every region and the
// nation at once (GROUPING SETS), so distinct reach and medians are exact at both levels. Parameters: $1 from,
// $2 to (Helsinki dates, inclusive), $3 the regions (a text array) or null for all, $4 and $5 the kind and start
// of the calendar period whose reach counts are the period's (counted-period.ts), or null: reach is then
// computed from the reach days of each unit (migration ReachDayMaps). Each statement has both branches behind
// one-time filters, and a text for each scope (below).

export interface Period {
  readonly from: string;
  readonly to: string;
}

/** The key of the national row among the per-region rows. */
export const NATION = 'all';

const day = (column: string): string => `(${column} AT TIME ZONE '${HELSINKI_TIME_ZONE}')::date`;
/**
 * Whose figures a statement computes: the whole network ($3 null) or the regions in $3. Each statement has a text
 * per scope, so that neither filters by "all regions or these": a plan made once cannot estimate how many rows
 * that keeps, which nested-looped the network's 1 200 regions 1 200 times at EU scale.
 */
type Scope = 'network' | 'regions';

const scopeOf = (regionCodes: readonly string[] | null): Scope =>
  regionCodes === null ? 'network' : 'regions';

/** A statement's text for each scope. */
function perScope(text: (scope: Scope) => string): Record<Scope, string> {
  return { network: text('network'), regions: text('regions') };
}

/**
 * The row's region is in scope: any in the network's texts (where $3, always null, is a one-time filter, which
 * also gives it its type), else one of $3.
 */
const inRegions = (scope: Scope, column = 'region_code'): string =>
  scope === 'network' ? '$3::text[] IS NULL' : `${column} = ANY ($3::text[])`;

/**
 * How a statement is planned: once per connection when the period has reach counts (a month, quarter or year, or
 * the year to date), since it then reads counts and index ranges only, and its generic plan is as fast as plans
 * made for each call's dates and regions, at both scales (docs/performance.md, "Statement plans"); else for each
 * call, since it reads every unit's reach days, where planning is little against the reading, and a plan made for
 * the dates can use parallel workers.
 */
const planFor = (period: ReachPeriod): PreparedQueryOptions => ({ genericPlan: period.counted !== null });
/** GROUPING SETS key: the region code, or NATION on the grand-total row. */
const groupKey = (column = 'region_code'): string =>
  `CASE WHEN grouping(${column}) = 1 THEN '${NATION}' ELSE ${column} END`;

/** The first day of the first month wholly inside the period, and the first day after its last whole month. */
const FULL_MONTHS_FROM = `(CASE WHEN $1::date = date_trunc('month', $1::date)::date THEN $1::date
  ELSE (date_trunc('month', $1::date) + interval '1 month')::date END)`;
const FULL_MONTHS_UNTIL = `date_trunc('month', $2::date + 1)::date`;

// The period's days outside its whole months: from $1 up to (not including) EDGE_BEFORE_UNTIL, and from
// EDGE_AFTER_FROM to $2. Either range is empty when the period starts or ends on a month's edge.
const EDGE_BEFORE_UNTIL = `least(${FULL_MONTHS_FROM}, $2::date + 1)`;
const EDGE_AFTER_FROM = `greatest(${FULL_MONTHS_UNTIL}, ${FULL_MONTHS_FROM}, $1::date)`;

/**
 * The first 1 January on or after the period's first whole month, and the first 1 January after its last whole
 * year: the period's whole years are those from the one to the other (none when they are equal).
 */
const FULL_YEARS_FROM = `(date_trunc('year', ${FULL_MONTHS_FROM} - 1) + interval '1 year')::date`;
const FULL_YEARS_UNTIL = `greatest(date_trunc('year', ${FULL_MONTHS_UNTIL})::date, ${FULL_YEARS_FROM})`;

/**
 * The rows of a monthly count table and its yearly twin (migration DashboardRollups) that together count the
 * period's whole months: its whole years from the yearly table, the whole months before and after them from the
 * monthly one (three index ranges). `columns` are selected from both, `where` filters both.
 */
function wholeMonthRowsSql(months: string, years: string, columns: string, where: string): string {
  return `SELECT ${columns} FROM ${years}
    WHERE year >= ${FULL_YEARS_FROM} AND year < ${FULL_YEARS_UNTIL} AND ${where}
    UNION ALL
    SELECT ${columns} FROM ${months}
    WHERE month >= ${FULL_MONTHS_FROM} AND month < least(${FULL_YEARS_FROM}, ${FULL_MONTHS_UNTIL}) AND ${where}
    UNION ALL
    SELECT ${columns} FROM ${months}
    WHERE month >= ${FULL_YEARS_UNTIL} AND month < ${FULL_MONTHS_UNTIL} AND ${where}`;
}

/**
 * The rows of `select` (a SELECT … FROM … without WHERE) whose `column` is on one of the period's days outside its
 * whole months, and which meet `where`: one query per range, so that each is an index range (an index-only scan
 * where the index includes what is selected), not a bitmap of both. `column` is a date, or an instant when
 * `instant` is set.
 */
function edgeRowsSql(select: string, column: string, where: string, instant = false): string {
  const ranges = instant
    ? [
        instantInPeriodSql(column, '$1::date', `${EDGE_BEFORE_UNTIL} - 1`),
        instantInPeriodSql(column, EDGE_AFTER_FROM, '$2::date'),
      ]
    : [
        `${column} >= $1::date AND ${column} < ${EDGE_BEFORE_UNTIL}`,
        `${column} >= ${EDGE_AFTER_FROM} AND ${column} <= $2::date`,
      ];
  return ranges.map((range) => `${select} WHERE ${range} AND ${where}`).join('\n    UNION ALL\n    ');
}

/**
 * 'year' or 'month' when the period is one whole calendar year or month, whose regions' median first-response
 * times are kept (migration FirstResponseMedians), else NULL.
 */
const KEPT_MEDIANS = `(CASE WHEN extract(day FROM $1::date) = 1 THEN
    CASE WHEN extract(month FROM $1::date) = 1 AND $2::date = ($1::date + interval '1 year')::date - 1 THEN 'year'
         WHEN $2::date = ($1::date + interval '1 month')::date - 1 THEN 'month' END END)`;

/** A resolved request met both service levels. */
const SLA_MET = 'first_responded_at <= first_response_due_at AND resolved_at <= resolution_due_at';

/** The first or last month of the period when only part of it is in the period, else NULL. */
const partialMonthSql = (date: string): string =>
  `(CASE WHEN NOT (date_trunc('month', ${date})::date >= ${FULL_MONTHS_FROM}
                   AND date_trunc('month', ${date})::date < ${FULL_MONTHS_UNTIL})
         THEN date_trunc('month', ${date})::date END)`;

/** reach_counts rows of the counted period ($4, $5) per theme (kept over all unit types, unit_type ''). */
const COUNTED_THEME_REACH = `period_kind = $4::text AND period_start = $5::date AND theme_code <> '' AND unit_type = ''`;

/** Runs one of the statements here over the period for the regions: its scope's text, planned as `planFor` says. */
function queryPeriod<T>(
  db: DataSource,
  texts: Record<Scope, string>,
  period: ReachPeriod,
  regionCodes: readonly string[] | null,
): Promise<T[]> {
  return preparedQuery<T>(
    db,
    texts[scopeOf(regionCodes)],
    [period.from, period.to, regionCodes, period.counted?.kind ?? null, period.counted?.start ?? null],
    planFor(period),
  );
}

/**
 * Activity minutes in the period per region (each activity's minutes shared equally among the regions of its
 * units, so regions add up to the nation), from the pre-aggregates: whole months from region_month_minutes (or
 * whole years from region_year_minutes when not by month), the days of partial first and last months from
 * activity_region_minutes. `bucket` is the month (its first day) when asked for, else NULL.
 */
function activityMinutesSql(scope: Scope, byMonth: boolean): string {
  const wholeMonths = byMonth
    ? `SELECT region_code, month AS bucket, minutes
       FROM region_month_minutes
       WHERE month >= ${FULL_MONTHS_FROM} AND month < ${FULL_MONTHS_UNTIL} AND ${inRegions(scope)}`
    : wholeMonthRowsSql(
        'region_month_minutes',
        'region_year_minutes',
        'region_code, NULL::date AS bucket, minutes',
        inRegions(scope),
      );
  return `${wholeMonths}
          UNION ALL
          ${edgeRowsSql(
            `SELECT region_code, ${byMonth ? `date_trunc('month', activity_date)::date` : 'NULL::date'}, minutes
             FROM activity_region_minutes`,
            'activity_date',
            inRegions(scope),
          )}`;
}

/**
 * Active units and units reached in the period, as rows of (`grouping` column, active_units, reached_units) to
 * add up: from the counts kept per region and unit type, or, for a period without counts, from the units' reach days.
 */
function unitCountsSql(scope: Scope, grouping: 'region_code' | 'unit_type'): string {
  return `SELECT ${grouping}, units AS active_units, 0 AS reached_units
    FROM active_unit_counts WHERE ${inRegions(scope)}
    UNION ALL
    SELECT ${grouping}, 0, units FROM reach_counts
    WHERE period_kind = $4::text AND period_start = $5::date AND theme_code = ''
      AND unit_type ${grouping === 'unit_type' ? "<> ''" : "= ''"} AND ${inRegions(scope)}
    UNION ALL
    SELECT d.${grouping}, 0, 1
    FROM unit_reach_days d
    WHERE $4::text IS NULL AND d.is_active AND ${inRegions(scope, 'd.region_code')}
      AND ${reachDaysRowInPeriodSql('d', '$1::date', '$2::date')}`;
}

/**
 * The figures statement: per region and in total (GROUPING SETS), or only the total, which is all a previous
 * period is shown for (at EU scale, 1 200 regions' medians are most of the statement's work).
 */
function figuresSql(scope: Scope, perRegion: boolean): string {
  const key = perRegion ? groupKey() : `'${NATION}'::varchar`;
  /** GROUP BY per region and in total, or only in total; `also` groups both further. */
  const groupBy = (also?: string): string => {
    if (perRegion) {
      return `GROUP BY GROUPING SETS ((region_code${also ? `, ${also}` : ''}), (${also ?? ''}))`;
    }
    return also ? `GROUP BY ${also}` : '';
  };
  return `
  WITH keys AS (
    SELECT code AS key FROM regions WHERE ${perRegion ? inRegions(scope, 'code') : 'false'}
    UNION ALL SELECT '${NATION}'),
  unit_figures AS (
    SELECT ${key} AS key, sum(active_units)::int AS active_units, sum(reached_units)::int AS reached_units
    FROM (${unitCountsSql(scope, 'region_code')}) unit_counts
    ${groupBy()}),
  requests AS (
    -- Whole years and months from the counts (migrations RequestCounts, DashboardRollups), edge days from the
    -- records.
    SELECT ${key} AS key, sum(received)::int AS received, sum(resolved)::int AS resolved,
           sum(sla_met)::int AS sla_met
    FROM (
      ${wholeMonthRowsSql('region_month_requests', 'region_year_requests', 'region_code, received, resolved, sla_met', inRegions(scope))}
      UNION ALL
      ${edgeRowsSql('SELECT region_code, 1, 0, 0 FROM support_requests', 'submitted_at', inRegions(scope), true)}
      UNION ALL
      ${edgeRowsSql(
        `SELECT region_code, 0, 1, CASE WHEN ${SLA_MET} THEN 1 ELSE 0 END FROM support_requests`,
        'resolved_at',
        inRegions(scope),
        true,
      )}) request_counts
    ${groupBy()}),
  first_response_days AS NOT MATERIALIZED (
    -- First-response times in business days, as a histogram: whole years and months counted, edge days from the
    -- records.
    ${wholeMonthRowsSql(
      'region_month_first_responses',
      'region_year_first_responses',
      'region_code, business_days, requests',
      `requests <> 0 AND ${inRegions(scope)}`,
    )}
    UNION ALL
    ${edgeRowsSql(
      `SELECT r.region_code, responded.ordinal - submitted.ordinal, 1
       FROM support_requests r
       LEFT JOIN business_days submitted ON submitted.day = ${day('r.submitted_at')}
       LEFT JOIN business_days responded ON responded.day = ${day('r.first_responded_at')}`,
      'r.first_responded_at',
      inRegions(scope, 'r.region_code'),
      true,
    )}),
  first_response_counts AS (
    -- Per key (sorted bytewise: cheaper than by collation) and time, the requests, as integers: the running
    -- sums below then add integers, not numerics. Only the nation's when its regions' medians are kept.
    SELECT (${key}) COLLATE "C" AS key, business_days, sum(requests)::int AS requests
    FROM first_response_days
    WHERE ${perRegion ? `${KEPT_MEDIANS} IS NULL` : 'true'}
    ${groupBy('business_days')}
    ${
      perRegion
        ? `UNION ALL
    SELECT '${NATION}', business_days, sum(requests)::int
    FROM first_response_days
    WHERE ${KEPT_MEDIANS} IS NOT NULL
    GROUP BY business_days`
        : ''
    }),
  first_response_histogram AS (
    SELECT key, business_days,
           sum(requests) OVER (PARTITION BY key ORDER BY business_days) AS up_to,
           sum(requests) OVER (PARTITION BY key) AS total
    FROM first_response_counts),
  first_response AS (
    -- The median as percentile_cont(0.5) gives it: the mean of the middle two times (one when their number is
    -- odd), the time at position k being the first whose running count exceeds k, for k = floor((total - 1) / 2)
    -- and ceil((total - 1) / 2) = floor(total / 2) (integer division).
    SELECT key, (min(business_days) FILTER (WHERE up_to > (total - 1) / 2)
                 + min(business_days) FILTER (WHERE up_to > total / 2))::float / 2 AS median
    FROM first_response_histogram
    GROUP BY key
    ${
      perRegion
        ? `UNION ALL
    -- The regions' medians of a whole month or year, kept (migration FirstResponseMedians).
    SELECT region_code, median FROM region_first_response_medians
    WHERE period_kind = ${KEPT_MEDIANS} AND period_start = $1::date AND ${inRegions(scope)}`
        : ''
    }),
  minutes AS (
    SELECT ${key} AS key, sum(minutes) AS minutes
    FROM (${activityMinutesSql(scope, false)}) shares
    ${groupBy()})
  -- The parts side by side, one row per key: a union grouped once, not joins, whose strategy would depend on
  -- estimates of how many regions match $3 (a generic plan cannot know: nested loops over 1 200 × 1 200 keys).
  SELECT key, sum(active_units)::int AS active_units, sum(reached_units)::int AS reached_units,
         sum(received)::int AS received, sum(resolved)::int AS resolved, sum(sla_met)::int AS sla_met,
         max(median) AS median, round(coalesce(sum(minutes), 0) / 60, 1)::float AS hours
  FROM (
    SELECT key, true AS is_key, 0 AS active_units, 0 AS reached_units, 0 AS received, 0 AS resolved,
           0 AS sla_met, NULL::float AS median, NULL::numeric AS minutes
    FROM keys
    UNION ALL
    SELECT key, false, active_units, reached_units, 0, 0, 0, NULL, NULL FROM unit_figures
    UNION ALL
    SELECT key, false, 0, 0, received, resolved, sla_met, NULL, NULL FROM requests
    UNION ALL
    SELECT key, false, 0, 0, 0, 0, 0, median, NULL FROM first_response
    UNION ALL
    SELECT key, false, 0, 0, 0, 0, 0, NULL, minutes FROM minutes) parts
  GROUP BY key
  HAVING bool_or(is_key)`;
}

const FIGURES_SQL = perScope((scope) => figuresSql(scope, true));
const TOTALS_SQL = perScope((scope) => figuresSql(scope, false));

interface FiguresRow {
  key: string;
  active_units: number;
  reached_units: number;
  received: number;
  resolved: number;
  sla_met: number;
  median: number | null;
  hours: number;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function toFigures(row: FiguresRow): PeriodFiguresDto {
  return {
    activeUnits: row.active_units,
    reachedUnits: row.reached_units,
    coverage: share(row.reached_units, row.active_units),
    requestsReceived: row.received,
    requestsResolved: row.resolved,
    hours: row.hours,
    medianFirstResponseBusinessDays: row.median,
    slaMet: row.sla_met,
    slaCompliance: share(row.sla_met, row.resolved),
  };
}

/** The figures of every region (or of those given) and of their whole, keyed by region code and NATION. */
export async function periodFigures(
  db: DataSource,
  period: ReachPeriod,
  regionCodes: readonly string[] | null,
): Promise<Map<string, PeriodFiguresDto>> {
  const rows = (await queryPeriod(db, FIGURES_SQL, period, regionCodes)) as FiguresRow[];
  return new Map(rows.map((row) => [row.key, toFigures(row)]));
}

/** The figures of the regions given (all when null) taken together. */
export async function periodTotals(
  db: DataSource,
  period: ReachPeriod,
  regionCodes: readonly string[] | null,
): Promise<PeriodFiguresDto> {
  const [row] = (await queryPeriod(db, TOTALS_SQL, period, regionCodes)) as FiguresRow[];
  return toFigures(row);
}

const TREND_SQL = perScope(
  (scope) => `
  WITH months AS (
    SELECT month::date AS month
    FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') month),
  reach AS (
    -- Whole months from the counts per month, the period's part of its first and last months from their rows.
    SELECT period_start AS month, sum(units)::int AS reached_units
    FROM reach_counts
    WHERE period_kind = 'month' AND period_start >= ${FULL_MONTHS_FROM} AND period_start < ${FULL_MONTHS_UNTIL}
      AND theme_code = '' AND unit_type = '' AND ${inRegions(scope)}
    GROUP BY period_start
    UNION ALL
    SELECT partial.month, count(*)::int
    FROM (SELECT DISTINCT month
          FROM (VALUES (${partialMonthSql('$1::date')}), (${partialMonthSql('$2::date')})) edges (month)
          WHERE month IS NOT NULL) partial
    JOIN unit_reach_days d
      ON ${reachDaysRowInPeriodSql('d', 'greatest($1::date, partial.month)', "least($2::date, (partial.month + interval '1 month')::date - 1)")}
    WHERE d.is_active AND ${inRegions(scope, 'd.region_code')}
      -- A one-time filter: no reach days are read when the period is whole months.
      AND (${partialMonthSql('$1::date')} IS NOT NULL OR ${partialMonthSql('$2::date')} IS NOT NULL)
    GROUP BY partial.month),
  requests AS (
    SELECT month, sum(received)::int AS received, sum(resolved)::int AS resolved
    FROM (
      SELECT month, received, resolved FROM region_month_requests
      WHERE month >= ${FULL_MONTHS_FROM} AND month < ${FULL_MONTHS_UNTIL} AND ${inRegions(scope)}
      UNION ALL
      ${edgeRowsSql(
        `SELECT date_trunc('month', ${day('submitted_at')})::date, 1, 0 FROM support_requests`,
        'submitted_at',
        inRegions(scope),
        true,
      )}
      UNION ALL
      ${edgeRowsSql(
        `SELECT date_trunc('month', ${day('resolved_at')})::date, 0, 1 FROM support_requests`,
        'resolved_at',
        inRegions(scope),
        true,
      )}) request_counts
    GROUP BY month),
  minutes AS (
    SELECT bucket AS month, sum(minutes) AS minutes
    FROM (${activityMinutesSql(scope, true)}) shares
    GROUP BY 1)
  SELECT to_char(months.month, 'YYYY-MM') AS month,
         coalesce(reach.reached_units, 0) AS reached_units,
         coalesce(requests.received, 0) AS received,
         coalesce(requests.resolved, 0) AS resolved,
         round(coalesce(minutes.minutes, 0) / 60, 1)::float AS hours
  FROM months
  LEFT JOIN reach USING (month)
  LEFT JOIN requests USING (month)
  LEFT JOIN minutes USING (month)
  ORDER BY months.month`,
);

/** Month by month within the period (the first and last months cut to it). */
export async function monthlyTrend(
  db: DataSource,
  period: Period,
  regionCodes: readonly string[] | null,
): Promise<MonthlyTrendDto[]> {
  const rows = (await preparedQuery(
    db,
    TREND_SQL[scopeOf(regionCodes)],
    [period.from, period.to, regionCodes],
    // Counts only when the period is whole months, whether or not it has reach counts as a whole.
    { genericPlan: isWholeMonths(period) },
  )) as {
    month: string;
    reached_units: number;
    received: number;
    resolved: number;
    hours: number;
  }[];
  return rows.map((row) => ({
    month: row.month,
    reachedUnits: row.reached_units,
    requestsReceived: row.received,
    requestsResolved: row.resolved,
    hours: row.hours,
  }));
}

const BY_UNIT_TYPE_SQL = perScope(
  (scope) => `
  SELECT unit_type AS type, sum(active_units)::int AS active_units, sum(reached_units)::int AS reached_units
  FROM (${unitCountsSql(scope, 'unit_type')}) unit_counts
  GROUP BY unit_type HAVING sum(active_units) > 0
  ORDER BY active_units DESC, unit_type`,
);

export async function reachByUnitType(
  db: DataSource,
  period: ReachPeriod,
  regionCodes: readonly string[] | null,
): Promise<ReachByUnitTypeDto[]> {
  const rows = (await queryPeriod(db, BY_UNIT_TYPE_SQL, period, regionCodes)) as {
    type: string;
    active_units: number;
    reached_units: number;
  }[];
  return rows.map((row) => ({
    type: row.type,
    activeUnits: row.active_units,
    reachedUnits: row.reached_units,
  }));
}

// Reach per theme: for a counted period from its counts, else from the reach days of each unit and theme. One-time
// filters on $4 leave PostgreSQL one branch to run.
const themeReachCtes = (scope: Scope): string => `
  reach AS (
    SELECT theme_code, sum(units)::int AS reached_units
    FROM reach_counts WHERE ${COUNTED_THEME_REACH} AND ${inRegions(scope)}
    GROUP BY theme_code
    UNION ALL
    SELECT d.theme_code, count(*)::int
    FROM unit_theme_reach_days d
    WHERE $4::text IS NULL AND d.is_active AND ${inRegions(scope, 'd.region_code')}
      AND ${reachDaysRowInPeriodSql('d', '$1::date', '$2::date')}
    GROUP BY d.theme_code)`;

/** The activities per theme in the period: in the network's, all of them; in the regions', those reaching them. */
const activitiesPerThemeSql = (scope: Scope): string =>
  scope === 'network'
    ? `-- From the counts kept per theme and day (migration ThemeDayActivities).
      SELECT theme_code, activities FROM theme_day_activities
      WHERE ${inRegions(scope)} AND day BETWEEN $1::date AND $2::date`
    : `-- The activities reaching one of the regions' units, found through the units.
      SELECT t.theme_code, count(DISTINCT au.activity_id) AS activities
      FROM units u
      JOIN activity_units au ON au.unit_id = u.id AND au.activity_date BETWEEN $1::date AND $2::date
      JOIN activity_themes t ON t.activity_id = au.activity_id
      WHERE ${inRegions(scope, 'u.region_code')}
      GROUP BY t.theme_code`;

const BY_THEME_SQL = perScope(
  (scope) => `
  WITH ${themeReachCtes(scope)},
  logged AS (
    SELECT theme_code, sum(activities)::int AS activities
    FROM (${activitiesPerThemeSql(scope)}) counted
    GROUP BY theme_code),
  received AS (
    -- Whole years and months from the counts per theme and region (migrations RequestThemeCounts,
    -- DashboardRollups), edge days from the records.
    SELECT theme_code, sum(received)::int AS received
    FROM (
      ${wholeMonthRowsSql('theme_month_requests', 'theme_year_requests', 'theme_code, received', inRegions(scope))}
      UNION ALL
      ${edgeRowsSql(
        `SELECT t.theme_code, 1 FROM support_requests r JOIN support_request_themes t ON t.request_id = r.id`,
        'r.submitted_at',
        inRegions(scope, 'r.region_code'),
        true,
      )}) request_counts
    GROUP BY theme_code)
  SELECT th.code, th.label_fi, th.label_sv, th.label_en,
         coalesce(reach.reached_units, 0) AS reached_units,
         coalesce(logged.activities, 0) AS activities,
         coalesce(received.received, 0) AS received
  FROM themes th
  LEFT JOIN reach ON reach.theme_code = th.code
  LEFT JOIN logged ON logged.theme_code = th.code
  LEFT JOIN received ON received.theme_code = th.code
  ORDER BY th.sort_order`,
);

/**
 * Per theme: the active units reached on it (an activity or a resolved request with the theme), the
 * activities with it (reaching a unit of the regions) and the requests received with it.
 */
export async function reachByTheme(
  db: DataSource,
  period: ReachPeriod,
  regionCodes: readonly string[] | null,
): Promise<ReachByThemeDto[]> {
  const rows = (await queryPeriod(db, BY_THEME_SQL, period, regionCodes)) as {
    code: string;
    label_fi: string;
    label_sv: string;
    label_en: string;
    reached_units: number;
    activities: number;
    received: number;
  }[];
  return rows.map((row) => ({
    themeCode: row.code,
    labels: { fi: row.label_fi, sv: row.label_sv, en: row.label_en },
    reachedUnits: row.reached_units,
    activities: row.activities,
    requestsReceived: row.received,
  }));
}

/**
 * Per theme (`sort_order` its place), the active units of regions $3 reached on it in the period: the part of
 * reachByTheme an agent's dashboard shows (agent-dashboard.queries.ts).
 */
export const THEME_REACH_SQL = `
  WITH ${themeReachCtes('regions')}
  SELECT th.code, th.label_fi, th.label_sv, th.label_en, th.sort_order,
         coalesce(reach.reached_units, 0) AS reached_units
  FROM themes th LEFT JOIN reach ON reach.theme_code = th.code
  ORDER BY th.sort_order`;

export interface ThemeReachRow {
  code: string;
  label_fi: string;
  label_sv: string;
  label_en: string;
  reached_units: number;
}

export function toThemeReach(row: ThemeReachRow): ThemeReachDto {
  return {
    themeCode: row.code,
    labels: { fi: row.label_fi, sv: row.label_sv, en: row.label_en },
    reachedUnits: row.reached_units,
  };
}
