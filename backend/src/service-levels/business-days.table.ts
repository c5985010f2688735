import { isBusinessDay } from './business-calendar';

/** The days the business_days table holds: every first-response time falls well inside them. */
export const BUSINESS_DAYS_FIRST = '2000-01-01';
export const BUSINESS_DAYS_LAST = '2100-12-31';

export interface BusinessDayRows {
  readonly days: string[];
  readonly isBusinessDay: boolean[];
  readonly ordinals: number[];
}

/** The rows of the business_days table (column arrays, for one `unnest` insert). */
export function businessDayRows(first = BUSINESS_DAYS_FIRST, last = BUSINESS_DAYS_LAST): BusinessDayRows {
  const rows: BusinessDayRows = { days: [], isBusinessDay: [], ordinals: [] };
  let ordinal = 0;
  for (let at = Date.parse(`${first}T00:00:00Z`); at <= Date.parse(`${last}T00:00:00Z`); at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10);
    const business = isBusinessDay(day);
    ordinal += business ? 1 : 0;
    rows.days.push(day);
    rows.isBusinessDay.push(business);
    rows.ordinals.push(ordinal);
  }
  return rows;
}

/** Fills (or refreshes) the business_days table in one statement. */
export const FILL_BUSINESS_DAYS_SQL = `INSERT INTO business_days (day, is_business_day, ordinal)
  SELECT * FROM unnest($1::date[], $2::boolean[], $3::integer[])
  ON CONFLICT (day) DO UPDATE SET is_business_day = excluded.is_business_day, ordinal = excluded.ordinal`;
