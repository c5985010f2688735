import type { Params } from '@angular/router';

// The pages the balance links to, and the query parameters they read: `/workload?agentId=…` (the
// workload page), `/requests?agentUserId=…&open=true|slaState=…|queue=true` (the requests list,
// request-list-query.ts) and `/follow-ups?assignee=…` (follow-ups.store.ts).
export const WORKLOAD_PATH = '/workload';
export const REQUESTS_PATH = '/requests';
export const FOLLOW_UPS_PATH = '/follow-ups';

/** Which of an agent's requests a count in the table links to. */
export type AgentRequestsView = 'openRequests' | 'atRisk' | 'breached';

/** The agent's workload page. */
export function workloadParams(agentUserId: string): Params {
  return { agentId: agentUserId };
}

/** The requests list filtered to one agent's open, at-risk or breached requests (all open ones). */
export function agentRequestsParams(agentUserId: string, view: AgentRequestsView): Params {
  switch (view) {
    case 'openRequests':
      return { agentUserId, open: 'true' };
    case 'atRisk':
      return { agentUserId, slaState: 'atRisk' };
    case 'breached':
      return { agentUserId, slaState: 'breached' };
  }
}

/** The agent's open follow-ups, the overdue ones first. */
export function followUpsParams(agentUserId: string): Params {
  return { assignee: agentUserId };
}

/** The requests list showing the whole queue: new requests with no agent. */
export const QUEUE_PARAMS: Params = { queue: 'true' };

/** One request's page. */
export function requestPath(id: string): string[] {
  return [REQUESTS_PATH, id];
}
