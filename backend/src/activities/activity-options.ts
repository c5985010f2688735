export const ACTIVITY_TYPES = [
  'advice_call',
  'meeting',
  'workshop',
  'training',
  'event',
  'peer_review',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** A day's work at most: longer events are logged per day. */
export const MAX_DURATION_MINUTES = 1440;
/** A workshop or event may reach many units, but not the whole country in one entry. */
export const MAX_UNITS_PER_ACTIVITY = 100;
export const ACTIVITY_NOTE_MAX = 1000;
/** The earliest date an activity may have (the network started in 2020; older entries are typos). */
export const EARLIEST_ACTIVITY_DATE = '2015-01-01';
