import { followUpDueDate, startOfMonth } from './activity-options';

describe('followUpDueDate', () => {
  it.each([
    ['2026-11-20', '1w', '2026-11-20', '2026-11-27'],
    ['2026-11-20', '2w', '2026-11-20', '2026-12-04'],
    ['2026-11-20', '1m', '2026-11-20', '2026-12-20'],
    ['2026-11-20', '3m', '2026-11-20', '2027-02-20'],
    ['2026-11-20', '6m', '2026-11-20', '2027-05-20'],
    // Months keep the day, or take the month's last day when it has fewer.
    ['2027-01-31', '1m', '2027-01-31', '2027-02-28'],
    ['2028-01-31', '1m', '2028-01-31', '2028-02-29'],
    ['2026-08-31', '3m', '2026-08-31', '2026-11-30'],
    // From the activity's day, not from when it was logged.
    ['2026-11-10', '2w', '2026-11-20', '2026-11-24'],
    // A follow-up that would already be due counts from today instead.
    ['2026-10-01', '1w', '2026-11-20', '2026-11-27'],
    ['2026-11-10', '1w', '2026-11-20', '2026-11-27'],
  ] as const)('%s + %s (today %s) is due %s', (from, interval, today, due) => {
    expect(followUpDueDate(from, interval, today)).toBe(due);
  });
});

describe('startOfMonth', () => {
  it.each([
    ['2026-11-20', '2026-11-01'],
    ['2026-01-01', '2026-01-01'],
  ])('%s → %s', (date, start) => {
    expect(startOfMonth(date)).toBe(start);
  });
});
