import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';

// Reach (SPEC §4): a unit is reached in a period when it had at least one activity or a request resolved in
// that period. Periods are Helsinki calendar dates, both inclusive; the arguments are SQL date expressions.

/** The instant a Helsinki calendar date starts (an SQL date expression in, timestamptz out). */
export function helsinkiDayStartSql(date: string): string {
  return `((${date})::timestamp AT TIME ZONE '${HELSINKI_TIME_ZONE}')`;
}

/** `column` (a timestamptz) falls on one of the Helsinki dates from `from` to `to`; index-friendly. */
export function instantInPeriodSql(column: string, from: string, to: string): string {
  return `(${column} >= ${helsinkiDayStartSql(from)} AND ${column} < ${helsinkiDayStartSql(`(${to})::date + 1`)})`;
}

/**
 * Row `alias` of `unit_reach_days` or `unit_theme_reach_days` (one per unit, or unit and theme: bit i is day
 * first_day + i − 1, migration ReachDayMaps) has a reach day from `from` to `to`: one substring, whatever the
 * period's length.
 */
export function reachDaysRowInPeriodSql(alias: string, from: string, to: string): string {
  return `bit_count(substring(${alias}.days FROM greatest(${from} - ${alias}.first_day, 0) + 1
    FOR greatest(${to} - greatest(${from}, ${alias}.first_day) + 1, 0))) > 0`;
}

/**
 * The unit `unitColumn` was reached from `from` to `to`: one lookup of its row in `unit_reach_days` (kept exact
 * by triggers, migration ReachDayMaps) by primary key, whatever the period's length. When the caller's units are
 * all of the regions `regionCodes` (an SQL text array), say so: the rows carry their unit's region, and a
 * statement over many units then reads those regions' rows by their index (migration AgentDashboardIndexes)
 * instead of every unit's row.
 */
export function unitReachedInPeriodSql(
  unitColumn: string,
  from: string,
  to: string,
  regionCodes?: string,
): string {
  const inRegions = regionCodes ? ` AND d.region_code = ANY (${regionCodes})` : '';
  return `EXISTS (SELECT 1 FROM unit_reach_days d
    WHERE d.unit_id = ${unitColumn}${inRegions} AND ${reachDaysRowInPeriodSql('d', from, to)})`;
}
