import { ValidationFailedError } from '../common/errors/domain-error';
import { addDays, addMonths, startOfMonth } from '../common/time/calendar-dates';
import type { Period } from './period-figures.queries';

/** The longest period the dashboards compute over. */
export const MAX_PERIOD_YEARS = 10;

/**
 * The period asked for: from and to inclusive; by default the year of `from`, or the current year.
 * Refuses an end before the start and periods longer than MAX_PERIOD_YEARS.
 */
export function resolvePeriod(query: { from?: string; to?: string }, today: string): Period {
  const from = query.from ?? `${(query.to ?? today).slice(0, 4)}-01-01`;
  const to = query.to ?? `${from.slice(0, 4)}-12-31`;
  if (to < from) {
    throw new ValidationFailedError([
      { field: 'to', code: 'notBeforeFrom', message: 'to must not be before from' },
    ]);
  }
  if (to > addDays(addMonths(from, 12 * MAX_PERIOD_YEARS), -1)) {
    throw new ValidationFailedError([
      { field: 'to', code: 'periodTooLong', message: `The period may be at most ${MAX_PERIOD_YEARS} years` },
    ]);
  }
  return { from, to };
}

/** Whether the period is whole calendar months (from the 1st to a month's last day). */
export function isWholeMonths(period: Period): boolean {
  return (
    period.from === startOfMonth(period.from) && addDays(period.to, 1) === startOfMonth(addDays(period.to, 1))
  );
}

function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  return (toYear - fromYear) * 12 + toMonth - fromMonth + 1;
}

/**
 * The previous period of the same length, ending the day before: whole months shift by months (the previous
 * quarter of Q2 is Q1, of 2026 is 2025), other periods by days.
 */
export function previousPeriod(period: Period): Period {
  const to = addDays(period.from, -1);
  if (isWholeMonths(period)) {
    return { from: addMonths(period.from, -monthsBetween(period.from, period.to)), to };
  }
  const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1;
  return { from: addDays(period.from, -days), to };
}
