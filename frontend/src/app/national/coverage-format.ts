import { coveragePercent } from './coverage-classes';
import type { Period } from './coverage-period';

/** The text shown where a figure cannot be computed (no units, no requests). */
export const NO_FIGURE = '–';

/** A share (0–1) as a percentage with one decimal: "89,8 %" in Finnish. */
export function formatShare(share: number | null, locale: string): string {
  if (share === null) {
    return NO_FIGURE;
  }
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(coveragePercent(share) / 100);
}

/** A number with a fixed count of decimals, grouped the locale's way. */
export function formatNumber(value: number | null, locale: string, fractionDigits = 0): string {
  if (value === null) {
    return NO_FIGURE;
  }
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A month ("2026-03") by name and year: "maaliskuu 2026", or shorter ("maalis 2026"). */
export function formatMonth(month: string, locale: string, style: 'short' | 'long' = 'long'): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** Labels of months for a chart's axis: the names alone within one year ("tammi"), else with the year. */
export function monthLabels(months: readonly string[], locale: string): string[] {
  const isOneYear = new Set(months.map((month) => month.slice(0, 4))).size <= 1;
  const format = new Intl.DateTimeFormat(locale, {
    month: 'short',
    ...(isOneYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
  return months.map((month) => {
    const [year, monthNumber] = month.split('-').map(Number);
    return format.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
  });
}

/** A period as the locale writes a range of days: "1.1.–31.12.2026". */
export function formatPeriod(period: Period, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return format.formatRange(new Date(`${period.from}T00:00:00Z`), new Date(`${period.to}T00:00:00Z`));
}

/** How a figure is compared with the previous period. */
export type ChangeKind = 'share' | 'count' | 'decimal';

export type ChangeDirection = 'up' | 'down' | 'same';

export interface FigureChange {
  direction: ChangeDirection;
  /** Signed, in the locale: "+4,2" (percentage points for shares), "−12", "±0". */
  text: string;
  /** Percentage points: the text is followed by "%-yks." / "p.e." / "pp". */
  isPoints: boolean;
}

const FRACTION_DIGITS: Readonly<Record<ChangeKind, number>> = { share: 1, count: 0, decimal: 1 };

/**
 * The change from the previous period: a share by percentage points, other figures by their difference.
 * Null when either figure is missing. Computed from the figures as shown, so that the change agrees with them.
 */
export function figureChange(
  kind: ChangeKind,
  current: number | null,
  previous: number | null,
  locale: string,
): FigureChange | null {
  if (current === null || previous === null) {
    return null;
  }
  const digits = FRACTION_DIGITS[kind];
  const shown = (value: number): number => (kind === 'share' ? coveragePercent(value) : round(value, digits));
  const delta = round(shown(current) - shown(previous), digits);
  const direction: ChangeDirection = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const text =
    direction === 'same'
      ? `±${formatNumber(0, locale, digits)}`
      : new Intl.NumberFormat(locale, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
          signDisplay: 'always',
        }).format(delta);
  return { direction, text, isPoints: kind === 'share' };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
