import { addDays, addMonths, fromCalendarDate, toCalendarDate } from './follow-up-dates';

describe('follow-up dates', () => {
  it.each([
    ['2026-03-15', 7, '2026-03-22'],
    ['2026-03-29', 7, '2026-04-05'],
    ['2026-12-28', 14, '2027-01-11'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-03-15', 1, '2026-04-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-31', 12, '2027-05-31'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('turns a calendar date into a local date and back', () => {
    const date = fromCalendarDate('2026-03-05');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2026, 2, 5, 0]);
    expect(toCalendarDate(date)).toBe('2026-03-05');
  });
});
