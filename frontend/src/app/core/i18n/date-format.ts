/** Times are stored in UTC and shown in Finnish time (SPEC §4). */
export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant ("2026-11-22T08:15:00.000Z") as date and time in Helsinki, in the locale's format. */
export function formatInstant(value: string | null | undefined, locale: string): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: HELSINKI_TIME_ZONE,
  }).format(date);
}

/** A calendar date ("2026-11-22") in the locale's format; no time zone applies to it. */
export function formatCalendarDate(value: string | null | undefined, locale: string): string {
  const match = value ? CALENDAR_DATE.exec(value) : null;
  if (!value || !match) {
    return value ?? '';
  }
  const [, year, month, day] = match;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))),
  );
}

/** Today's date in Helsinki as "YYYY-MM-DD". */
export function todayInHelsinki(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: HELSINKI_TIME_ZONE,
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The instant a Helsinki calendar day ("YYYY-MM-DD") begins, as an ISO string; `dayOffset` moves days. */
export function startOfHelsinkiDay(value: string, dayOffset = 0): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) {
    throw new Error(`Not a calendar date: ${value}`);
  }
  const [, year, month, day] = match;
  const utcMidnight = Date.UTC(Number(year), Number(month) - 1, Number(day) + dayOffset);
  // Finland changes clocks at 03:00/04:00, never at midnight, so the offset two hours into the
  // UTC day equals the offset at local midnight.
  const offsetMinutes = helsinkiOffsetMinutes(new Date(utcMidnight));
  return new Date(utcMidnight - offsetMinutes * 60_000).toISOString();
}

function helsinkiOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: HELSINKI_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((local - instant.getTime()) / 60_000);
}
