import { hasActivity, monthsSoFar } from './coverage-activity';
import { nationalDashboard } from './testing/coverage-testing';

describe('hasActivity', () => {
  it('is true when anything was logged or asked', () => {
    expect(hasActivity(nationalDashboard().totals)).toBe(true);
  });

  it('is false when every figure of the period is zero', () => {
    const totals = {
      ...nationalDashboard().totals,
      reachedUnits: 0,
      requestsReceived: 0,
      requestsResolved: 0,
      hours: 0,
      coverage: 0,
    };
    expect(hasActivity(totals)).toBe(false);
  });
});

describe('monthsSoFar', () => {
  const months = ['2026-10', '2026-11', '2026-12'].map((month) => ({ month }));

  it('leaves out the months still to come', () => {
    expect(monthsSoFar(months, '2026-11-22').map(({ month }) => month)).toEqual(['2026-10', '2026-11']);
  });

  it('keeps the months of a period wholly in the future', () => {
    expect(monthsSoFar(months, '2026-09-30')).toEqual(months);
  });
});
