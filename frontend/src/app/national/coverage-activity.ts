import type { PeriodFiguresDto } from '../core/api/generated/models/period-figures-dto';

/** Whether anything was logged or asked in the period; without, the page says so instead of showing zeros only. */
export function hasActivity(totals: PeriodFiguresDto): boolean {
  return (
    totals.reachedUnits > 0 || totals.requestsReceived > 0 || totals.requestsResolved > 0 || totals.hours > 0
  );
}

/**
 * The months of the trend up to the current one: the API also lists the period's months still to come, with
 * zeros that would read as a fall. A period wholly in the future keeps its months.
 */
export function monthsSoFar<Month extends { month: string }>(
  trend: readonly Month[],
  today: string,
): readonly Month[] {
  const currentMonth = today.slice(0, 7);
  const past = trend.filter((month) => month.month <= currentMonth);
  return past.length > 0 ? past : trend;
}
