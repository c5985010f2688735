import type { FollowUpDto } from '../core/api/generated/models/follow-up-dto';

// As the server has them (backend/src/follow-ups/follow-up-options.ts).
export const FOLLOW_UP_BUCKETS = ['overdue', 'today', 'thisWeek', 'later'] as const;
export type FollowUpBucket = (typeof FOLLOW_UP_BUCKETS)[number];

export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = FollowUpDto['status'];

export const ACTIVITY_TYPES = [
  'advice_call',
  'meeting',
  'workshop',
  'training',
  'event',
  'peer_review',
  'other',
] as const;

export const FOLLOW_UP_NOTE_MAX = 1000;
export const RECURRENCE_MONTHS_MIN = 1;
export const RECURRENCE_MONTHS_MAX = 60;
/** Offered when a follow-up is made recurring. */
export const DEFAULT_RECURRENCE_MONTHS = 12;

/** The API's largest page. */
export const MAX_PAGE_SIZE = 100;

/** The due dates one button away in the follow-up dialog, counted from today. */
export const QUICK_DUE_DATES = [
  { key: 'oneWeek', days: 7, months: 0 },
  { key: 'twoWeeks', days: 14, months: 0 },
  { key: 'oneMonth', days: 0, months: 1 },
  { key: 'threeMonths', days: 0, months: 3 },
] as const;
