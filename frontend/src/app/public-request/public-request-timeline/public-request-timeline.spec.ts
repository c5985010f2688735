import { timelineEventFixture } from '../testing/public-request-testing';
import { chronological, eventTitle } from './public-request-timeline';

describe('chronological', () => {
  it('puts a reply before the status change it caused at the same moment', () => {
    const change = timelineEventFixture({
      id: 'a',
      kind: 'status_change',
      authorKind: 'system',
      fromStatus: 'waiting_for_unit',
      toStatus: 'in_progress',
      createdAt: '2026-11-22T04:00:53.327Z',
    });
    const reply = timelineEventFixture({ id: 'b', kind: 'reply', createdAt: '2026-11-22T04:00:53.327Z' });
    const created = timelineEventFixture({ id: 'c', kind: 'created', createdAt: '2026-11-20T08:00:00.000Z' });

    expect(chronological([change, reply, created]).map((event) => event.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('eventTitle', () => {
  it.each([
    ['created', timelineEventFixture({ kind: 'created' }), {}],
    ['assignment', timelineEventFixture({ kind: 'assignment', authorKind: 'system' }), {}],
    [
      'cancelledByYou',
      timelineEventFixture({ kind: 'status_change', authorKind: 'requester', toStatus: 'cancelled' }),
      {},
    ],
    [
      'message',
      timelineEventFixture({ kind: 'message', authorKind: 'staff', authorName: 'Aino' }),
      { name: 'Aino' },
    ],
    ['messageUnnamed', timelineEventFixture({ kind: 'message', authorKind: 'staff' }), {}],
    ['reply', timelineEventFixture({ kind: 'reply' }), {}],
    ['rating', timelineEventFixture({ kind: 'rating', rating: 5 }), { rating: 5 }],
  ])('says %s', (key, event, params) => {
    expect(eventTitle(event)).toEqual({
      key: `publicRequest.status.timeline.${key}`,
      params,
      fromKey: null,
      toKey: null,
    });
  });

  it('names both statuses of a status change', () => {
    const event = timelineEventFixture({
      kind: 'status_change',
      authorKind: 'staff',
      fromStatus: 'in_progress',
      toStatus: 'resolved',
    });

    expect(eventTitle(event)).toEqual({
      key: 'publicRequest.status.timeline.statusChange',
      params: {},
      fromKey: 'publicRequest.statuses.in_progress',
      toKey: 'publicRequest.statuses.resolved',
    });
  });
});
