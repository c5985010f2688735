export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_SUBJECT_KINDS = ['unit', 'request', 'activity'] as const;
export type FollowUpSubjectKind = (typeof FOLLOW_UP_SUBJECT_KINDS)[number];

/** Where an open follow-up falls for its assignee, by its due date against today (Europe/Helsinki). */
export const FOLLOW_UP_BUCKETS = ['overdue', 'today', 'thisWeek', 'later'] as const;
export type FollowUpBucket = (typeof FOLLOW_UP_BUCKETS)[number];

export const FOLLOW_UP_NOTE_MAX = 1000;
export const MAX_RECURRENCE_MONTHS = 60;
