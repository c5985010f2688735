import type { ApiProblem } from '../../core/api/api-problem';
import type { RequestDto } from '../../core/api/generated/models/request-dto';
import type { RequestResult } from '../request.store';
import { isConflictWithCurrentState } from '../request-problems';

/**
 * How a request dialog ended: the change was made, or the request shown was out of date (the page
 * reloads it and says why). Any other problem stays in the dialog for the user to fix; cancelling gives
 * `undefined`.
 */
export type RequestDialogOutcome =
  { request: RequestDto; conflict: null } | { request: null; conflict: ApiProblem };

/** The outcome that closes the dialog, or null when the dialog stays open to show the problem. */
export function closingOutcome(result: RequestResult): RequestDialogOutcome | null {
  if (result.request) {
    return { request: result.request, conflict: null };
  }
  return isConflictWithCurrentState(result.problem) ? { request: null, conflict: result.problem } : null;
}

/** Size of the request dialogs: comfortable on a laptop, the whole width (less a margin) on a phone. */
export const REQUEST_DIALOG_SIZE = {
  width: 'min(560px, calc(100vw - 32px))',
  maxWidth: 'calc(100vw - 32px)',
} as const;
