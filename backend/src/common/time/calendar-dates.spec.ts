import { addDays, addMonths, isoWeekday, startOfIsoWeek, startOfMonth } from './calendar-dates';

describe('calendar dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-11-22', 12)).toBe('2027-11-22');
  });

  it('knows ISO weeks and months', () => {
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(startOfIsoWeek('2026-11-22')).toBe('2026-11-16');
    expect(startOfIsoWeek('2026-11-23')).toBe('2026-11-23');
    expect(startOfMonth('2026-11-22')).toBe('2026-11-01');
  });
});
