const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(value: string): [number, number, number] {
  const match = CALENDAR_DATE.exec(value);
  if (!match) {
    throw new Error(`Not a calendar date: ${value}`);
  }
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** A local Date (as the datepicker has them) as "YYYY-MM-DD". */
export function toCalendarDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "YYYY-MM-DD" as a local Date at midnight, as the datepicker has them. */
export function fromCalendarDate(value: string): Date {
  const [year, month, day] = parts(value);
  const date = new Date(year, month - 1, day);
  // Years 0–99 would otherwise become 1900–1999.
  date.setFullYear(year);
  return date;
}

/** The calendar date `days` days after `value`. */
export function addDays(value: string, days: number): string {
  const [year, month, day] = parts(value);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The calendar date `months` months after `value`; the month's last day when it is shorter (31 January and
 * one month is 28 or 29 February), as the server counts the next occurrence of a recurring follow-up.
 */
export function addMonths(value: string, months: number): string {
  const [year, month, day] = parts(value);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return `${pad(target.getUTCFullYear(), 4)}-${pad(target.getUTCMonth() + 1)}-${pad(Math.min(day, lastDay))}`;
}
