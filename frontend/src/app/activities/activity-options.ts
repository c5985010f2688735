import type { ActivityDto } from '../core/api/generated/models/activity-dto';

export type ActivityType = ActivityDto['type'];

/** Activity types in the order the forms offer them (backend/src/activities/activity-options.ts). */
export const ACTIVITY_TYPES: readonly ActivityType[] = [
  'advice_call',
  'meeting',
  'workshop',
  'training',
  'event',
  'peer_review',
  'other',
];

export const DEFAULT_ACTIVITY_TYPE: ActivityType = 'advice_call';
export const DEFAULT_DURATION_MINUTES = 30;
/** The lengths most work takes, offered as one-click choices next to the minutes field. */
export const DURATION_CHOICES: readonly number[] = [15, 30, 45, 60, 90, 120];
/** A day's work at most; longer events are logged per day. */
export const MAX_DURATION_MINUTES = 1440;
export const MAX_UNITS_PER_ACTIVITY = 100;
export const MAX_THEMES_PER_ACTIVITY = 10;
export const MAX_PARTICIPANTS = 100_000;
export const ACTIVITY_NOTE_MAX = 1000;
export const FOLLOW_UP_NOTE_MAX = 1000;

export function isActivityType(value: unknown): value is ActivityType {
  return typeof value === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(value);
}

/** "Follow up in…": none, or a time from the activity's day. */
export type FollowUpInterval = 'none' | '1w' | '2w' | '1m' | '3m' | '6m';

export const FOLLOW_UP_INTERVALS: readonly FollowUpInterval[] = ['none', '1w', '2w', '1m', '3m', '6m'];

const INTERVAL_STEPS: Readonly<Record<Exclude<FollowUpInterval, 'none'>, { days: number; months: number }>> =
  {
    '1w': { days: 7, months: 0 },
    '2w': { days: 14, months: 0 },
    '1m': { days: 0, months: 1 },
    '3m': { days: 0, months: 3 },
    '6m': { days: 0, months: 6 },
  };

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The due date of a follow-up `interval` after `from` ("YYYY-MM-DD"), never before `today`: a follow-up of
 * last month's workshop is due in the future, not already overdue. Months keep the day of the month, or
 * the month's last day when it has fewer days (31 January + 1 month = 28/29 February).
 */
export function followUpDueDate(
  from: string,
  interval: Exclude<FollowUpInterval, 'none'>,
  today: string,
): string {
  const start = from > today || !CALENDAR_DATE.test(from) ? today : from;
  const match = CALENDAR_DATE.exec(start);
  if (!match) {
    throw new Error(`Not a calendar date: ${start}`);
  }
  const [, year, month, day] = match.map(Number);
  const { days, months } = INTERVAL_STEPS[interval];
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const due = calendarDate(
    new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDayOfTargetMonth) + days)),
  );
  return due < today ? calculateFromToday(interval, today) : due;
}

function calculateFromToday(interval: Exclude<FollowUpInterval, 'none'>, today: string): string {
  return followUpDueDate(today, interval, today);
}

/** The first day of the month of a date ("2026-03-17" → "2026-03-01"). */
export function startOfMonth(date: string): string {
  return `${date.slice(0, 8)}01`;
}
