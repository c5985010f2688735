import { type ApiProblem, generalProblemKey } from '../../core/api/api-problem';

// Stable error codes of the requests API (backend/src/requests/requests.errors.ts, request-workflow.ts).
const STALE_VERSION = 'STALE_VERSION';
const REQUEST_NOT_OPEN = 'REQUEST_NOT_OPEN';

/** What the reassign dialog says of a refusal: a translated message, and the server's own explanation. */
export interface ReassignMessage {
  key: string;
  params: Record<string, unknown>;
  /** The problem document's `detail` (English), shown under the message; null when there is none. */
  detail: string | null;
}

/** The message for a problem the API answered; `hasFieldErrors`: every field error is shown on its field. */
export function reassignProblemMessage(problem: ApiProblem, hasFieldErrors: boolean): ReassignMessage {
  const detail = problem.detail?.trim() ? problem.detail.trim() : null;
  switch (problem.code) {
    case REQUEST_NOT_OPEN:
      return { key: 'balance.reassign.problems.notOpen', params: {}, detail };
    case STALE_VERSION:
      return { key: 'balance.reassign.problems.stale', params: {}, detail };
    default:
      return {
        key: hasFieldErrors ? 'errors.checkFields' : generalProblemKey(problem),
        params: {},
        detail,
      };
  }
}

/** The message when the request had already left the queue (assigned by somebody else meanwhile). */
export function notInQueueMessage(agentName: string | null): ReassignMessage {
  return agentName
    ? { key: 'balance.reassign.problems.notInQueue', params: { name: agentName }, detail: null }
    : { key: 'balance.reassign.problems.notInQueueNoAgent', params: {}, detail: null };
}
