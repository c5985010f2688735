import type { ApiProblem } from '../core/api/api-problem';

// Stable error codes of the requests API (backend/src/requests/requests.errors.ts, request-workflow.ts).
export const STALE_VERSION = 'STALE_VERSION';
export const REQUEST_TRANSITION_NOT_ALLOWED = 'REQUEST_TRANSITION_NOT_ALLOWED';
export const REQUEST_NOT_OPEN = 'REQUEST_NOT_OPEN';
export const RATING_NOT_ALLOWED = 'RATING_NOT_ALLOWED';

/**
 * Conflicts after which the request shown is out of date: it is reloaded and the user told why.
 * Any other problem leaves the request as it is.
 */
export function isConflictWithCurrentState(problem: ApiProblem): boolean {
  return (
    problem.code === STALE_VERSION ||
    problem.code === REQUEST_TRANSITION_NOT_ALLOWED ||
    problem.code === REQUEST_NOT_OPEN ||
    problem.code === RATING_NOT_ALLOWED
  );
}

/** The translation key of the message for a conflict with the request's current state. */
export function conflictMessageKey(problem: ApiProblem): string {
  switch (problem.code) {
    case STALE_VERSION:
      return 'requests.page.stale';
    case REQUEST_TRANSITION_NOT_ALLOWED:
      return 'requests.page.transitionNotAllowed';
    case REQUEST_NOT_OPEN:
      return 'requests.page.notOpen';
    default:
      return 'requests.page.ratingNotAllowed';
  }
}
