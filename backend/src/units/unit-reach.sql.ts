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
 * The days of `unit_reach_months` row `alias` that fall from `from` to `to`, as a bit mask: every day of the
 * months inside, and only the days within the period in its first and last month (day d is bit d − 1).
 */
export function reachDaysInPeriodSql(alias: string, from: string, to: string): string {
  return `(${alias}.days
    & CASE WHEN ${alias}.month = date_trunc('month', ${from})::date
           THEN ~((1 << (extract(day FROM ${from})::int - 1)) - 1) ELSE -1 END
    & CASE WHEN ${alias}.month = date_trunc('month', ${to})::date AND extract(day FROM ${to}) < 31
           THEN (1 << extract(day FROM ${to})::int) - 1 ELSE -1 END)`;
}

/** Row `alias` of `unit_reach_months` (or the per-theme table) has a reach day from `from` to `to`. */
export function reachRowInPeriodSql(alias: string, from: string, to: string): string {
  return `${alias}.month BETWEEN date_trunc('month', ${from})::date AND ${to}
    AND ${reachDaysInPeriodSql(alias, from, to)} <> 0`;
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
 * A query of the ids (`unit_id`) of the units reached from `from` to `to`, read from `unit_reach_days` (kept
 * exact by triggers, migration ReachDayMaps): one row per unit instead of every activity and resolved request.
 */
export function reachedUnitIdsSql(from: string, to: string): string {
  return `SELECT d.unit_id FROM unit_reach_days d WHERE ${reachDaysRowInPeriodSql('d', from, to)}`;
}

/** The unit `unitColumn` was reached from `from` to `to`: index lookups by unit, for a few units. */
export function unitReachedInPeriodSql(unitColumn: string, from: string, to: string): string {
  return `EXISTS (SELECT 1 FROM unit_reach_months rm
    WHERE rm.unit_id = ${unitColumn} AND ${reachRowInPeriodSql('rm', from, to)})`;
}
