import { TZDate } from '@date-fns/tz';
import Holidays from 'date-holidays';
import { HELSINKI_TIME_ZONE, helsinkiDate } from '../common/time/helsinki-date';

// Days off besides weekends: Finland's public holidays (computed by date-holidays, which follows the law:
// Easter-based and moving Saturdays included) and Midsummer Eve and Christmas Eve, which are days off by
// collective agreements across the public sector.
const finnishHolidays = new Holidays('FI');
const DE_FACTO_DAYS_OFF = new Set(['juhannusaatto', 'jouluaatto']);
const daysOffByYear = new Map<number, Set<string>>();

function daysOff(year: number): Set<string> {
  let days = daysOffByYear.get(year);
  if (!days) {
    days = new Set(
      finnishHolidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || DE_FACTO_DAYS_OFF.has(holiday.name.toLowerCase()))
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    daysOffByYear.set(year, days);
  }
  return days;
}

function nextDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return next.toISOString().slice(0, 10);
}

/** Whether the calendar date (YYYY-MM-DD) is a Finnish business day: not a weekend, not a day off. */
export function isBusinessDay(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !daysOff(year).has(date);
}

/** The instant a Helsinki calendar date ends (the next day's 00:00 in Helsinki, DST-aware). */
export function endOfHelsinkiDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(+new TZDate(year, month - 1, day + 1, 0, 0, 0, HELSINKI_TIME_ZONE));
}

/** The `count`-th business day after the Helsinki date of `from` (the day itself does not count). */
export function nthBusinessDayAfter(from: Date, count: number): string {
  let date = helsinkiDate(from);
  let remaining = count;
  while (remaining > 0) {
    date = nextDate(date);
    if (isBusinessDay(date)) {
      remaining -= 1;
    }
  }
  return date;
}

/**
 * When a service level of `businessDays` started at `from` falls due: the end (Helsinki time) of the
 * `businessDays`-th business day after the day it started. A request sent on Friday evening with a 3-day
 * first response is due when Wednesday ends.
 */
export function dueAfterBusinessDays(from: Date, businessDays: number): Date {
  return endOfHelsinkiDay(nthBusinessDayAfter(from, businessDays));
}

/** Business days strictly after `fromDate` up to and including `toDate` (Helsinki calendar dates). */
export function businessDaysBetween(fromDate: string, toDate: string): number {
  let count = 0;
  for (let date = nextDate(fromDate); date <= toDate; date = nextDate(date)) {
    if (isBusinessDay(date)) {
      count += 1;
    }
  }
  return count;
}
