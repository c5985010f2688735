import { CronTime } from 'cron';
import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';

/** The next scheduled instant strictly after `after`, for a cron expression in Europe/Helsinki. */
export function nextSlotAfter(cron: string, after: Date): Date {
  return new CronTime(cron, HELSINKI_TIME_ZONE).getNextDateFrom(after, HELSINKI_TIME_ZONE).toJSDate();
}

/**
 * The latest scheduled instant in (`since`, `now`], or null if none. Looks back from `now` in a window that
 * doubles until it holds a slot or reaches `since`, so the work is a few steps however long the gap.
 */
export function latestSlotBetween(cron: string, since: Date, now: Date): Date | null {
  const time = new CronTime(cron, HELSINKI_TIME_ZONE);
  const next = (after: Date): Date => time.getNextDateFrom(after, HELSINKI_TIME_ZONE).toJSDate();
  for (let window = 60_000; ; window *= 2) {
    const start = new Date(Math.max(since.getTime(), now.getTime() - window));
    let latest: Date | null = null;
    for (let cursor = next(start); cursor <= now; cursor = next(cursor)) {
      latest = cursor;
    }
    if (latest || start.getTime() === since.getTime()) {
      return latest;
    }
  }
}
