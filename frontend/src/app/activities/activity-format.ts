/** Minutes as hours with at most one decimal, in the locale's format: 150 → "2,5" (fi), "2.5" (en). */
export function formatHours(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60);
}

/** A whole number in the locale's format: 12500 → "12 500" (fi), "12,500" (en). */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}
