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

/** A query of the ids (`unit_id`, distinct) of the units reached from `from` to `to`. */
export function reachedUnitIdsSql(from: string, to: string): string {
  return `SELECT unit_id FROM activity_units WHERE activity_date BETWEEN ${from} AND ${to}
    UNION
    SELECT unit_id FROM support_requests
    WHERE unit_id IS NOT NULL AND ${instantInPeriodSql('resolved_at', from, to)}`;
}
