import { businessDaysBetween } from './business-calendar';
import { businessDayRows } from './business-days.table';

describe('the business_days table rows', () => {
  const rows = businessDayRows('2025-12-01', '2026-12-31');
  const ordinal = (day: string): number => rows.ordinals[rows.days.indexOf(day)];

  it('has every day once, in order', () => {
    expect(rows.days[0]).toBe('2025-12-01');
    expect(rows.days.at(-1)).toBe('2026-12-31');
    expect(rows.days).toHaveLength(31 + 365);
  });

  it('counts business days by ordinal difference exactly as the calendar does', () => {
    for (const [from, to] of [
      ['2025-12-19', '2026-01-08'], // Christmas, New Year and Epiphany
      ['2026-04-01', '2026-04-10'], // Easter
      ['2026-06-17', '2026-06-23'], // Midsummer Eve and Day
      ['2026-03-06', '2026-03-09'], // a weekend
    ]) {
      expect(ordinal(to) - ordinal(from)).toBe(businessDaysBetween(from, to));
    }
    expect(rows.isBusinessDay[rows.days.indexOf('2025-12-24')]).toBe(false);
    expect(rows.isBusinessDay[rows.days.indexOf('2026-06-19')]).toBe(false);
  });
});
