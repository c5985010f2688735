import { capacityLoad, formatCount, formatHours, formatMonth, formatShare } from './capacity-load';

describe('capacity load', () => {
  it.each([
    // hours, capacity, share, bar value, over capacity
    [0, 40, 0, 0, false],
    [30, 40, 0.75, 75, false],
    [40, 40, 1, 100, false],
    [40.1, 40, 40.1 / 40, 100, true],
    [59.8, 20, 59.8 / 20, 100, true],
    // No capacity set: any hours at all are over it, and the bar shows them as full.
    [0, 0, null, 0, false],
    [5, 0, null, 100, true],
  ])('%p h of %p h: share %p, bar %p, over capacity %p', (hours, capacity, share, barValue, isOver) => {
    const load = capacityLoad(hours, capacity);
    if (share === null) {
      expect(load.share).toBeNull();
    } else {
      expect(load.share).toBeCloseTo(share, 10);
    }
    expect(load.barValue).toBeCloseTo(barValue, 10);
    expect(load.isOverCapacity).toBe(isOver);
    expect([load.hours, load.capacity]).toEqual([hours, capacity]);
  });

  it.each([
    ['fi', 36.3, '36,3'],
    ['sv', 36.3, '36,3'],
    ['en', 36.3, '36.3'],
    ['fi', 40, '40'],
    ['en', 1234.5, '1,234.5'],
  ])('writes hours in %s: %p → %p', (locale, hours, expected) => {
    expect(formatHours(hours, locale)).toBe(expected);
  });

  it.each([
    ['fi', 0.756, '76\u00a0%'],
    ['sv', 2.99, '299\u00a0%'],
    ['en', 0.756, '76%'],
  ])('writes shares in %s: %p → %p', (locale, share, expected) => {
    expect(formatShare(share, locale)).toBe(expected);
  });

  it.each([
    ['fi', '1\u00a0234'],
    ['en', '1,234'],
  ])('writes counts in %s', (locale, expected) => {
    expect(formatCount(1234, locale)).toBe(expected);
  });

  it.each([
    ['fi', '2026-11', 'marraskuu 2026'],
    ['sv', '2026-11', 'november 2026'],
    ['en', '2026-11', 'November 2026'],
    ['en', 'November', 'November'],
  ])('names the month in %s: %p → %p', (locale, month, expected) => {
    expect(formatMonth(month, locale)).toBe(expected);
  });
});
