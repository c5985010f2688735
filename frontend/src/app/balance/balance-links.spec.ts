import {
  QUEUE_PARAMS,
  agentRequestsParams,
  followUpsParams,
  requestPath,
  workloadParams,
} from './balance-links';
import { AINO_ID, OLDEST_ID } from './testing/balance-testing';

// The names are the ones the linked pages read: the requests list (request-list-query.ts), the workload
// page and the follow-ups list (follow-ups.store.ts).
describe('balance links', () => {
  it('opens the agent’s workload page by agent id', () => {
    expect(workloadParams(AINO_ID)).toEqual({ agentId: AINO_ID });
  });

  it.each([
    ['openRequests', { agentUserId: AINO_ID, open: 'true' }],
    ['atRisk', { agentUserId: AINO_ID, slaState: 'atRisk' }],
    ['breached', { agentUserId: AINO_ID, slaState: 'breached' }],
  ] as const)('filters the requests list to the agent’s %s', (view, expected) => {
    expect(agentRequestsParams(AINO_ID, view)).toEqual(expected);
  });

  it('opens the agent’s follow-ups', () => {
    expect(followUpsParams(AINO_ID)).toEqual({ assignee: AINO_ID });
  });

  it('opens the whole queue and one request', () => {
    expect(QUEUE_PARAMS).toEqual({ queue: 'true' });
    expect(requestPath(OLDEST_ID)).toEqual(['/requests', OLDEST_ID]);
  });
});
