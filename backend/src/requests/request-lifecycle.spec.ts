import { type LifecycleFields, applyStatusChange } from './request-lifecycle';

// Helsinki is UTC+2 in winter: 10:00 UTC is noon in Finland.
function request(
  status: LifecycleFields['status'],
  overrides: Partial<LifecycleFields> = {},
): LifecycleFields {
  return {
    status,
    submittedAt: new Date('2026-01-12T10:00:00Z'), // Monday
    firstRespondedAt: null,
    resolutionDueAt: new Date('2026-02-09T22:00:00Z'), // end of Monday 9 Feb: 20 business days later
    pausedBusinessDays: 0,
    waitingSince: null,
    resolvedAt: null,
    closedAt: null,
    cancelledAt: null,
    ...overrides,
  };
}

describe('applyStatusChange', () => {
  it('counts moving to in_progress as the first response, once', () => {
    const fields = request('assigned');
    const first = new Date('2026-01-13T08:00:00Z');
    applyStatusChange(fields, 'in_progress', first, 20);
    expect(fields.firstRespondedAt).toEqual(first);
    applyStatusChange(fields, 'waiting_for_unit', new Date('2026-01-14T08:00:00Z'), 20);
    applyStatusChange(fields, 'in_progress', new Date('2026-01-14T09:00:00Z'), 20);
    expect(fields.firstRespondedAt).toEqual(first);
  });

  it('pauses the resolution clock for the business days spent waiting for the unit', () => {
    const fields = request('in_progress', { firstRespondedAt: new Date('2026-01-12T12:00:00Z') });
    applyStatusChange(fields, 'waiting_for_unit', new Date('2026-01-16T10:00:00Z'), 20); // Friday
    expect(fields.waitingSince).toEqual(new Date('2026-01-16T10:00:00Z'));
    // Back on Wednesday: Monday, Tuesday and Wednesday were spent waiting (the weekend is not counted).
    applyStatusChange(fields, 'in_progress', new Date('2026-01-21T10:00:00Z'), 20);
    expect(fields.pausedBusinessDays).toBe(3);
    expect(fields.waitingSince).toBeNull();
    // 23 business days after Monday 12 January: Thursday 12 February, ending at 22:00 UTC.
    expect(fields.resolutionDueAt).toEqual(new Date('2026-02-12T22:00:00Z'));
  });

  it('does not pause for a wait that ends the same day', () => {
    const fields = request('waiting_for_unit', { waitingSince: new Date('2026-01-13T07:00:00Z') });
    applyStatusChange(fields, 'resolved', new Date('2026-01-13T14:00:00Z'), 20);
    expect(fields.pausedBusinessDays).toBe(0);
    expect(fields.resolvedAt).toEqual(new Date('2026-01-13T14:00:00Z'));
    expect(fields.status).toBe('resolved');
  });

  it('clears the resolution when a resolved request is reopened', () => {
    const fields = request('resolved', {
      firstRespondedAt: new Date('2026-01-12T12:00:00Z'),
      resolvedAt: new Date('2026-01-20T12:00:00Z'),
    });
    applyStatusChange(fields, 'in_progress', new Date('2026-01-22T12:00:00Z'), 20);
    expect(fields.resolvedAt).toBeNull();
    expect(fields.status).toBe('in_progress');
  });

  it('stamps closing and cancelling', () => {
    const closed = request('resolved', { resolvedAt: new Date('2026-01-20T12:00:00Z') });
    applyStatusChange(closed, 'closed', new Date('2026-02-03T12:00:00Z'), 20);
    expect(closed.closedAt).toEqual(new Date('2026-02-03T12:00:00Z'));
    const cancelled = request('new');
    applyStatusChange(cancelled, 'cancelled', new Date('2026-01-12T11:00:00Z'), 20);
    expect(cancelled.cancelledAt).toEqual(new Date('2026-01-12T11:00:00Z'));
  });
});
