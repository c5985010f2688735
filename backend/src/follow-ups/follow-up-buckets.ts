import { addDays, startOfIsoWeek } from '../common/time/calendar-dates';
import type { FollowUpBucket } from './follow-up-options';

/** The due-date range (inclusive; open-ended when null) of each bucket, seen on `today`. */
export function bucketRange(
  bucket: FollowUpBucket,
  today: string,
): { from: string | null; to: string | null } {
  const sunday = addDays(startOfIsoWeek(today), 6);
  switch (bucket) {
    case 'overdue':
      return { from: null, to: addDays(today, -1) };
    case 'today':
      return { from: today, to: today };
    case 'thisWeek':
      return { from: addDays(today, 1), to: sunday };
    case 'later':
      return { from: addDays(sunday, 1), to: null };
  }
}

/** Where an open follow-up due on `dueDate` falls on `today`: overdue, today, the rest of this week, later. */
export function bucketOf(dueDate: string, today: string): FollowUpBucket {
  if (dueDate < today) {
    return 'overdue';
  }
  if (dueDate === today) {
    return 'today';
  }
  return dueDate <= addDays(startOfIsoWeek(today), 6) ? 'thisWeek' : 'later';
}
