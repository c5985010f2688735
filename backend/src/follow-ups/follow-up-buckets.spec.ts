import { bucketOf, bucketRange } from './follow-up-buckets';

describe('follow-up buckets', () => {
  // Wednesday 2026-11-18: the week runs to Sunday 2026-11-22.
  const today = '2026-11-18';

  it('puts due dates in overdue, today, this week and later', () => {
    expect(bucketOf('2026-11-17', today)).toBe('overdue');
    expect(bucketOf('2026-11-18', today)).toBe('today');
    expect(bucketOf('2026-11-19', today)).toBe('thisWeek');
    expect(bucketOf('2026-11-22', today)).toBe('thisWeek');
    expect(bucketOf('2026-11-23', today)).toBe('later');
  });

  it('on a Sunday, nothing is left of the week after today', () => {
    expect(bucketOf('2026-11-23', '2026-11-22')).toBe('later');
    expect(bucketRange('thisWeek', '2026-11-22')).toEqual({ from: '2026-11-23', to: '2026-11-22' });
  });

  it('gives the date ranges the list filters by', () => {
    expect(bucketRange('overdue', today)).toEqual({ from: null, to: '2026-11-17' });
    expect(bucketRange('later', today)).toEqual({ from: '2026-11-23', to: null });
  });
});
