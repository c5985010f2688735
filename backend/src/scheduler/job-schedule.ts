import { CronTime } from 'cron';
import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';

const MAX_STEPS = 100_000;

/** The next scheduled instant strictly after `after`, for a cron expression in Europe/Helsinki. */
export function nextSlotAfter(cron: string, after: Date): Date {
  return new CronTime(cron, HELSINKI_TIME_ZONE).getNextDateFrom(after, HELSINKI_TIME_ZONE).toJSDate();
}

/**
 * The latest scheduled instant in (`since`, `now`], or null if none. Scans forward from `since`, so the
 * caller bounds the work by how far back it looks.
 */
export function latestSlotBetween(cron: string, since: Date, now: Date): Date | null {
  const time = new CronTime(cron, HELSINKI_TIME_ZONE);
  let latest: Date | null = null;
  let cursor = since;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const next = time.getNextDateFrom(cursor, HELSINKI_TIME_ZONE).toJSDate();
    if (next > now) {
      return latest;
    }
    latest = next;
    cursor = next;
  }
  return latest;
}
