import { serviceLevelState, serviceLevels } from './service-level';

describe('service levels', () => {
  // Due when Wednesday 25 November 2026 ends in Helsinki (22:00 UTC).
  const due = new Date('2026-11-25T22:00:00Z');

  it.each([
    ['Monday noon', '2026-11-23T10:00:00Z', 'onTrack'],
    ['Tuesday 23:59 Helsinki', '2026-11-24T21:59:00Z', 'onTrack'],
    ['Wednesday 00:00 Helsinki, the last business day', '2026-11-24T22:00:00Z', 'atRisk'],
    ['Wednesday 23:59 Helsinki', '2026-11-25T21:59:00Z', 'atRisk'],
    ['Thursday 00:00 Helsinki', '2026-11-25T22:00:00Z', 'breached'],
  ])('an open service level on %s is %s', (_when, now, expected) => {
    expect(serviceLevelState(due, null, new Date(now))).toBe(expected);
  });

  it('is met when done in time and met late otherwise', () => {
    expect(serviceLevelState(due, new Date('2026-11-25T12:00:00Z'), new Date('2026-12-01T00:00:00Z'))).toBe(
      'met',
    );
    expect(serviceLevelState(due, new Date('2026-11-26T08:00:00Z'), new Date('2026-12-01T00:00:00Z'))).toBe(
      'metLate',
    );
  });

  it('counts 3 business days to first response and 20 to resolution, plus the days waiting for the unit', () => {
    const levels = serviceLevels({
      submittedAt: new Date('2026-11-20T18:00:00Z'), // Friday evening
      firstRespondedAt: null,
      resolvedAt: null,
      pausedBusinessDays: 2,
      firstResponseBusinessDays: 3,
      resolutionBusinessDays: 20,
      now: new Date('2026-11-23T10:00:00Z'),
    });
    expect(levels.firstResponse).toEqual({ dueAt: new Date('2026-11-25T22:00:00Z'), state: 'onTrack' });
    // The 22nd business day after Friday 20 November is Tuesday 22 December.
    expect(levels.resolution.dueAt.toISOString()).toBe('2026-12-22T22:00:00.000Z');
    expect(levels.resolution.state).toBe('onTrack');
  });
});
