import { formatCalendarDate, formatInstant, startOfHelsinkiDay, todayInHelsinki } from './date-format';

describe('date formats', () => {
  it.each([
    ['fi', '22.11.2026 klo 10.15'],
    ['sv', '2026-11-22 10:15'],
    ['en', '11/22/26, 10:15 AM'],
  ])('shows an instant in Helsinki time for %s', (locale, expected) => {
    // 08:15 UTC is 10:15 in Helsinki in winter (UTC+2).
    expect(formatInstant('2026-11-22T08:15:00.000Z', locale).replace(/\s/g, ' ')).toBe(expected);
  });

  it('follows daylight saving time', () => {
    expect(formatInstant('2026-06-01T08:15:00.000Z', 'fi')).toContain('11.15');
  });

  it.each([
    ['fi', '1.3.2026'],
    ['en', 'Mar 1, 2026'],
  ])('shows a calendar date for %s without shifting the day', (locale, expected) => {
    expect(formatCalendarDate('2026-03-01', locale)).toBe(expected);
  });

  it.each([
    ['2026-11-22T21:59:00.000Z', '2026-11-22'],
    ['2026-11-22T22:00:00.000Z', '2026-11-23'],
  ])('knows the Helsinki date at %s', (instant, expected) => {
    expect(todayInHelsinki(new Date(instant))).toBe(expected);
  });
});

describe('startOfHelsinkiDay', () => {
  it.each([
    ['2026-01-15', 0, '2026-01-14T22:00:00.000Z'],
    ['2026-07-15', 0, '2026-07-14T21:00:00.000Z'],
    ['2026-03-29', 0, '2026-03-28T22:00:00.000Z'],
    ['2026-03-29', 1, '2026-03-29T21:00:00.000Z'],
    ['2026-12-31', 1, '2026-12-31T22:00:00.000Z'],
  ])('%s + %i days begins at %s', (day, offset, expected) => {
    expect(startOfHelsinkiDay(day, offset)).toBe(expected);
  });
});
