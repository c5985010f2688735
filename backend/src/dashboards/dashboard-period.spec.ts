import { ValidationFailedError } from '../common/errors/domain-error';
import { previousPeriod, resolvePeriod } from './dashboard-period';

describe('dashboard periods', () => {
  it('defaults to the current year, or to the year of the start given', () => {
    expect(resolvePeriod({}, '2026-11-22')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(resolvePeriod({ from: '2025-04-01' }, '2026-11-22')).toEqual({
      from: '2025-04-01',
      to: '2025-12-31',
    });
    expect(resolvePeriod({ to: '2024-06-30' }, '2026-11-22')).toEqual({
      from: '2024-01-01',
      to: '2024-06-30',
    });
  });

  it('refuses an end before the start and periods over ten years', () => {
    expect(() => resolvePeriod({ from: '2026-05-01', to: '2026-04-30' }, '2026-11-22')).toThrow(
      ValidationFailedError,
    );
    expect(() => resolvePeriod({ from: '2016-01-01', to: '2026-01-01' }, '2026-11-22')).toThrow(
      ValidationFailedError,
    );
    expect(resolvePeriod({ from: '2016-01-01', to: '2025-12-31' }, '2026-11-22')).toEqual({
      from: '2016-01-01',
      to: '2025-12-31',
    });
  });

  it('compares whole months with the same number of months before, across year boundaries', () => {
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(previousPeriod({ from: '2026-04-01', to: '2026-06-30' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('compares other periods with as many days just before', () => {
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-19' })).toEqual({
      from: '2026-02-28',
      to: '2026-03-09',
    });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-11-22' })).toEqual({
      from: '2025-02-09',
      to: '2025-12-31',
    });
  });
});
