import type { ParamMap, Params } from '@angular/router';

/** A period of calendar days, both ends included ("YYYY-MM-DD"), as the dashboards API takes it. */
export interface Period {
  from: string;
  to: string;
}

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

export const PERIOD_KINDS = ['thisYear', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** What the user picks: this year, a quarter or a year of a chosen year, or any days. */
export type PeriodChoice =
  | { kind: 'thisYear' }
  | { kind: 'quarter'; year: number; quarter: Quarter }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; from: string; to: string };

/** The API refuses longer periods (backend dashboard-period.ts). */
export const MAX_PERIOD_YEARS = 10;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUARTER_ENDS: Readonly<Record<Quarter, string>> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };

/** Whether the text is a real calendar date ("2026-02-30" is not). */
export function isCalendarDate(value: string | null | undefined): value is string {
  const match = value ? CALENDAR_DATE.exec(value) : null;
  if (!match) {
    return false;
  }
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

export function yearPeriod(year: number): Period {
  return { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
}

export function quarterPeriod(year: number, quarter: Quarter): Period {
  return {
    from: `${pad(year, 4)}-${pad(quarter * 3 - 2)}-01`,
    to: `${pad(year, 4)}-${QUARTER_ENDS[quarter]}`,
  };
}

/** The quarter a day falls in. */
export function quarterOf(date: string): Quarter {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

/** The days a choice stands for; `today` is Helsinki's "YYYY-MM-DD". */
export function periodOf(choice: PeriodChoice, today: string): Period {
  switch (choice.kind) {
    case 'thisYear':
      return yearPeriod(yearOf(today));
    case 'year':
      return yearPeriod(choice.year);
    case 'quarter':
      return quarterPeriod(choice.year, choice.quarter);
    case 'custom':
      return { from: choice.from, to: choice.to };
  }
}

export function samePeriod(first: Period, second: Period): boolean {
  return first.from === second.from && first.to === second.to;
}

/** Whether the period is something the kind of choice can stand for. */
export function fitsKind(kind: PeriodKind, period: Period, today: string): boolean {
  switch (kind) {
    case 'thisYear':
      return samePeriod(period, yearPeriod(yearOf(today)));
    case 'year':
      return samePeriod(period, yearPeriod(yearOf(period.from)));
    case 'quarter':
      return samePeriod(period, quarterPeriod(yearOf(period.from), quarterOf(period.from)));
    case 'custom':
      return true;
  }
}

/** The simplest choice that stands for the period: this year, a year, a quarter, or else custom days. */
export function choiceOf(period: Period, today: string): PeriodChoice {
  const year = yearOf(period.from);
  if (fitsKind('thisYear', period, today)) {
    return { kind: 'thisYear' };
  }
  if (fitsKind('year', period, today)) {
    return { kind: 'year', year };
  }
  if (fitsKind('quarter', period, today)) {
    return { kind: 'quarter', year, quarter: quarterOf(period.from) };
  }
  return { kind: 'custom', from: period.from, to: period.to };
}

/** Why custom days are refused, or null when the API takes them. */
export function periodError(period: Period): 'invalidDate' | 'toBeforeFrom' | 'tooLong' | null {
  if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) {
    return 'invalidDate';
  }
  if (period.to < period.from) {
    return 'toBeforeFrom';
  }
  const limit = new Date(`${period.from}T00:00:00Z`);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_PERIOD_YEARS);
  limit.setUTCDate(limit.getUTCDate() - 1);
  return period.to > limit.toISOString().slice(0, 10) ? 'tooLong' : null;
}

/**
 * The period in the address (`?from=2026-04-01&to=2026-06-30`). One end alone means its year, like the API;
 * anything the API would refuse falls back to this year.
 */
export function periodFromParams(params: ParamMap, today: string): Period {
  const from = params.get('from');
  const to = params.get('to');
  const hasFrom = isCalendarDate(from);
  const hasTo = isCalendarDate(to);
  if (!hasFrom && !hasTo) {
    return yearPeriod(yearOf(today));
  }
  const period = {
    from: hasFrom ? from : yearPeriod(yearOf(to ?? today)).from,
    to: hasTo ? to : yearPeriod(yearOf(from ?? today)).to,
  };
  return periodError(period) === null ? period : yearPeriod(yearOf(today));
}

/** The address's query parameters for a period; this year, the default, is left out. */
export function periodToParams(period: Period, today: string): Params {
  return fitsKind('thisYear', period, today)
    ? { from: null, to: null }
    : { from: period.from, to: period.to };
}
