import { acceptsReplies } from './request-options';

describe('acceptsReplies', () => {
  const now = new Date('2026-11-22T10:00:00.000Z');

  it.each([
    ['new', null, true],
    ['waiting_for_unit', null, true],
    ['resolved', '2026-11-01T10:00:00.000Z', true],
    ['resolved', '2026-10-23T10:00:00.000Z', true],
    ['resolved', '2026-10-22T09:59:59.000Z', false],
    ['closed', '2026-11-20T10:00:00.000Z', false],
    ['cancelled', null, false],
  ] as const)('a %s request (resolved %s) takes replies: %s', (status, resolvedAt, expected) => {
    expect(acceptsReplies({ status, resolvedAt }, now)).toBe(expected);
  });
});
