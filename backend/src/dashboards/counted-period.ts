import type { DataSource } from 'typeorm';
import { addDays, addMonths, startOfMonth } from '../common/time/calendar-dates';
import { preparedQuery } from '../database/prepared-query';
import { helsinkiDayStartSql } from '../units/unit-reach.sql';
import type { Period } from './period-figures.queries';

/** A calendar month, quarter or year, as reach_counts keeps them (migration ReachCounts). */
export interface CountedPeriod {
  readonly kind: 'month' | 'quarter' | 'year';
  /** Its first day. */
  readonly start: string;
}

/**
 * A period of the dashboards and, when the units reached in it are exactly those reached in a calendar month,
 * quarter or year, that calendar period: its pre-aggregated counts are read instead of the units' reach days.
 */
export interface ReachPeriod extends Period {
  readonly counted: CountedPeriod | null;
}

/** The month, quarter and year `date` falls in, smallest first, with their last days. */
export function calendarPeriodsOf(date: string): (CountedPeriod & { readonly end: string })[] {
  const month = startOfMonth(date);
  const quarter = addMonths(`${date.slice(0, 4)}-01-01`, Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3);
  const year = `${date.slice(0, 4)}-01-01`;
  return [
    { kind: 'month', start: month, end: addDays(addMonths(month, 1), -1) },
    { kind: 'quarter', start: quarter, end: addDays(addMonths(quarter, 3), -1) },
    { kind: 'year', start: year, end: addDays(addMonths(year, 12), -1) },
  ];
}

/**
 * No unit was reached (an activity, or a request resolved) from $1 to $2, nor from $3 to $4 (dates): the last
 * reach up to $2 is before $1 and the first from $3 after $4. Each is one step of an index whatever the
 * dates, so the statement is planned once (0.4 → 0.2 ms a call; an EXISTS over a date range could not be: planned
 * for unknown dates it expects an early match and scans the table).
 */
const NOTHING_REACHED_SQL = `
  SELECT coalesce((SELECT max(activity_date) FROM activity_units WHERE activity_date <= $2::date),
                  '-infinity'::date) < $1::date
     AND coalesce((SELECT min(activity_date) FROM activity_units WHERE activity_date >= $3::date),
                  'infinity'::date) > $4::date
     AND coalesce((SELECT max(resolved_at) FROM support_requests
                   WHERE resolved_at < ${helsinkiDayStartSql('$2::date + 1')} AND unit_id IS NOT NULL),
                  '-infinity'::timestamptz) < ${helsinkiDayStartSql('$1::date')}
     AND coalesce((SELECT min(resolved_at) FROM support_requests
                   WHERE resolved_at >= ${helsinkiDayStartSql('$3::date')} AND unit_id IS NOT NULL),
                  'infinity'::timestamptz) >= ${helsinkiDayStartSql('$4::date + 1')} AS nothing`;

/**
 * The period with the calendar period whose reach counts are its reach: the period itself when it is a whole
 * month, quarter or year; else the smallest of them containing it when nothing was reached in it outside the
 * period (the year to date, the future being empty); else none, and the reach is computed from the units' reach days.
 */
export async function reachPeriod(db: DataSource, period: Period): Promise<ReachPeriod> {
  const containing = calendarPeriodsOf(period.from).find((candidate) => period.to <= candidate.end);
  if (!containing) {
    return { ...period, counted: null };
  }
  const counted: CountedPeriod = { kind: containing.kind, start: containing.start };
  if (containing.start === period.from && containing.end === period.to) {
    return { ...period, counted };
  }
  const [row] = (await preparedQuery(
    db,
    NOTHING_REACHED_SQL,
    [containing.start, addDays(period.from, -1), addDays(period.to, 1), containing.end],
    { genericPlan: true },
  )) as { nothing: boolean }[];
  return { ...period, counted: row.nothing ? counted : null };
}
