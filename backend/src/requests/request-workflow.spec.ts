import {
  REQUEST_STATUSES,
  type RequestStatus,
  TransitionNotAllowedError,
  allowedTransitions,
  assertTransition,
  isDueForAutoClose,
} from './request-workflow';

const now = new Date('2026-11-22T10:00:00Z');
const daysAgo = (days: number): Date => new Date(now.getTime() - days * 86_400_000);
const context = { resolvedAt: daysAgo(3), now };

describe('support request workflow', () => {
  it.each([
    ['new', ['assigned', 'cancelled']],
    ['assigned', ['in_progress', 'cancelled']],
    ['in_progress', ['waiting_for_unit', 'resolved', 'cancelled']],
    ['waiting_for_unit', ['in_progress', 'resolved', 'cancelled']],
    ['resolved', ['closed', 'in_progress']],
    ['closed', []],
    ['cancelled', []],
  ] as [RequestStatus, RequestStatus[]][])('from %s allows exactly %p', (from, expected) => {
    expect(allowedTransitions(from, context)).toEqual(expected);
  });

  it('refuses every other transition, naming the allowed ones', () => {
    for (const from of REQUEST_STATUSES) {
      for (const to of REQUEST_STATUSES) {
        const isAllowed = allowedTransitions(from, context).includes(to);
        if (isAllowed) {
          expect(() => assertTransition(from, to, context)).not.toThrow();
        } else {
          expect(() => assertTransition(from, to, context)).toThrow(TransitionNotAllowedError);
        }
      }
    }
    expect(() => assertTransition('new', 'resolved', context)).toThrow('allowed: assigned, cancelled');
    expect(() => assertTransition('closed', 'in_progress', context)).toThrow('allowed: none');
  });

  it.each([
    [29, true],
    [30, true],
    [31, false],
  ])('reopens a request resolved %i days ago: %s', (days, expected) => {
    expect(allowedTransitions('resolved', { resolvedAt: daysAgo(days), now }).includes('in_progress')).toBe(
      expected,
    );
  });

  it.each([
    ['resolved', 14, true],
    ['resolved', 13.9, false],
    ['in_progress', 20, false],
  ] as [RequestStatus, number, boolean][])(
    'closes a %s request %i days after resolution by itself: %s',
    (status, days, expected) => {
      expect(isDueForAutoClose(status, daysAgo(days), now)).toBe(expected);
    },
  );
});
