import { dueDay } from './sla-badges';

describe('dueDay', () => {
  it.each([
    // The end of Wednesday 25 November (winter time, UTC+2) is the start of the 26th.
    ['2026-11-25T22:00:00.000Z', '2026-11-25'],
    // The end of Friday 12 June (summer time, UTC+3).
    ['2026-06-12T21:00:00.000Z', '2026-06-12'],
    // Any other instant is due on its own Helsinki day.
    ['2026-11-25T12:00:00.000Z', '2026-11-25'],
  ])('%s is due by the end of %s', (dueAt, day) => {
    expect(dueDay(dueAt)).toBe(day);
  });
});
