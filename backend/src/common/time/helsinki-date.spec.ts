import { helsinkiDate } from './helsinki-date';

describe('helsinkiDate', () => {
  it.each([
    ['2026-06-30T20:59:59Z', '2026-06-30'], // 23:59:59 EEST
    ['2026-06-30T21:00:00Z', '2026-07-01'], // 00:00 EEST
    ['2026-12-31T21:59:59Z', '2026-12-31'], // 23:59:59 EET
    ['2026-12-31T22:00:00Z', '2027-01-01'], // 00:00 EET
  ])('gives the Finnish calendar date at %s', (instant, expected) => {
    expect(helsinkiDate(new Date(instant))).toBe(expected);
  });
});
