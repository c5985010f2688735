import { latestSlotBetween, nextSlotAfter } from './job-schedule';

describe('job schedules in Europe/Helsinki', () => {
  it('runs the weekly digest on Monday at 07:00 Finnish time, across the change to winter time', () => {
    // Sunday 2026-10-25 is the change to EET (UTC+2): Monday 07:00 is 05:00 UTC.
    expect(nextSlotAfter('0 7 * * 1', new Date('2026-10-24T12:00:00Z')).toISOString()).toBe(
      '2026-10-26T05:00:00.000Z',
    );
    // In summer time (UTC+3) it is 04:00 UTC.
    expect(nextSlotAfter('0 7 * * 1', new Date('2026-06-03T12:00:00Z')).toISOString()).toBe(
      '2026-06-08T04:00:00.000Z',
    );
  });

  it('finds the latest slot missed in a window, or none', () => {
    const monthly = '0 7 1 * *';
    expect(
      latestSlotBetween(
        monthly,
        new Date('2026-08-15T00:00:00Z'),
        new Date('2026-11-22T10:00:00Z'),
      )?.toISOString(),
    ).toBe('2026-11-01T05:00:00.000Z');
    expect(
      latestSlotBetween(monthly, new Date('2026-11-01T05:00:00Z'), new Date('2026-11-22T10:00:00Z')),
    ).toBeNull();
  });

  it('finds the latest hourly slot after weeks of downtime, not the first missed one', () => {
    expect(
      latestSlotBetween(
        '30 * * * *',
        new Date('2026-10-01T00:00:00Z'),
        new Date('2026-11-22T10:45:00Z'),
      )?.toISOString(),
    ).toBe('2026-11-22T10:30:00.000Z');
  });
});
