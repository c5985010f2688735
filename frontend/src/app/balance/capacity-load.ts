/** An agent's hours this month against their monthly capacity. */
export interface CapacityLoad {
  hours: number;
  capacity: number;
  /** Hours per capacity hour (1 = exactly at capacity); null when no capacity is set. */
  share: number | null;
  /** The progress bar's value, 0–100: a bar cannot show more than full. */
  barValue: number;
  /** More hours than capacity; any hours at all when no capacity is set. */
  isOverCapacity: boolean;
}

export function capacityLoad(hours: number, capacity: number): CapacityLoad {
  const hasCapacity = capacity > 0;
  const share = hasCapacity ? hours / capacity : null;
  return {
    hours,
    capacity,
    share,
    barValue: share === null ? (hours > 0 ? 100 : 0) : Math.min(100, Math.max(0, share * 100)),
    isOverCapacity: hours > capacity,
  };
}

/** Hours as the locale writes them, with at most one decimal (the API rounds to one): "36,3". */
export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours);
}

/** A share as a whole percentage in the locale's way: "76 %" (fi), "76%" (en). */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A count as the locale writes it ("1 234" in Finnish). */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}

/** A "YYYY-MM" month as the locale names it: "marraskuu 2026", "November 2026". */
export function formatMonth(month: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) {
    return month;
  }
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)),
  );
}
