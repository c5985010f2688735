export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';

const isoDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: HELSINKI_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in Finland at the given instant: what "today" means in every rule. */
export function helsinkiDate(at: Date = new Date()): string {
  return isoDate.format(at);
}

/** The SQL expression for today's date in Finland, computed by PostgreSQL. */
export const HELSINKI_TODAY_SQL = `(now() AT TIME ZONE '${HELSINKI_TIME_ZONE}')::date`;
