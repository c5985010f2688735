/** A whole number in the locale's format: 12500 → "12 500" (fi), "12,500" (en). */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}

/** Hours with at most one decimal: 33.8 → "33,8" (fi), "33.8" (en). */
export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours);
}

/** A share 0–1 as a whole percentage: 0.857 → "86 %" (fi, sv), "86%" (en); no share: "–". */
export function formatPercent(share: number | null, locale: string): string {
  return share === null
    ? '–'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Whole euros: 1250000 → "1 250 000 €" (fi), "€1,250,000" (en). */
export function formatEuros(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}

/** A month ("2026-11") by name: "marraskuu 2026" (fi), "november 2026" (sv), "November 2026" (en). */
export function formatMonth(month: string, locale: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  );
}

/** A share 0–1 as the width of a bar in percent, 0–100 (more than all fills the bar). */
export function barWidth(share: number | null): number {
  return share === null ? 0 : Math.round(Math.min(1, Math.max(0, share)) * 100);
}
