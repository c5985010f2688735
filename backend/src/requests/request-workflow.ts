import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';

export const REQUEST_STATUSES = [
  'new',
  'assigned',
  'in_progress',
  'waiting_for_unit',
  'resolved',
  'closed',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const OPEN_STATUSES: readonly RequestStatus[] = ['new', 'assigned', 'in_progress', 'waiting_for_unit'];

/** A resolved request may be reopened this long after its resolution; after 14 days it closes by itself. */
export const REOPEN_WINDOW_DAYS = 30;
export const AUTO_CLOSE_AFTER_DAYS = 14;
const DAY_MS = 86_400_000;

// SPEC §4: new → assigned → in_progress ⇄ waiting_for_unit → resolved → closed; any open status may be
// cancelled; resolved may be reopened to in_progress (within the window).
const FORWARD: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ['assigned'],
  assigned: ['in_progress'],
  in_progress: ['waiting_for_unit', 'resolved'],
  waiting_for_unit: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  cancelled: [],
};

export interface TransitionContext {
  /** When the request was resolved, for the reopening window. */
  readonly resolvedAt: Date | null;
  readonly now: Date;
}

/** Every status the request may move to now. */
export function allowedTransitions(from: RequestStatus, context: TransitionContext): RequestStatus[] {
  const targets = FORWARD[from].filter(
    (to) =>
      !(
        from === 'resolved' &&
        to === 'in_progress' &&
        (context.resolvedAt === null ||
          context.now.getTime() - context.resolvedAt.getTime() > REOPEN_WINDOW_DAYS * DAY_MS)
      ),
  );
  return OPEN_STATUSES.includes(from) ? [...targets, 'cancelled'] : targets;
}

export class TransitionNotAllowedError extends DomainError {
  constructor(
    readonly from: RequestStatus,
    readonly to: RequestStatus,
    readonly allowed: readonly RequestStatus[],
  ) {
    super(
      'REQUEST_TRANSITION_NOT_ALLOWED',
      HttpStatus.CONFLICT,
      'Transition not allowed',
      `A ${from} request cannot become ${to}; allowed: ${allowed.length > 0 ? allowed.join(', ') : 'none'}.`,
      [{ field: 'to', code: 'transitionNotAllowed', message: `allowed: ${allowed.join(', ') || 'none'}` }],
    );
  }
}

/** Refuses any transition outside the workflow, naming the allowed ones. */
export function assertTransition(from: RequestStatus, to: RequestStatus, context: TransitionContext): void {
  const allowed = allowedTransitions(from, context);
  if (!allowed.includes(to)) {
    throw new TransitionNotAllowedError(from, to, allowed);
  }
}

/** Whether a resolved request is due for automatic closing. */
export function isDueForAutoClose(status: RequestStatus, resolvedAt: Date | null, now: Date): boolean {
  return (
    status === 'resolved' &&
    resolvedAt !== null &&
    now.getTime() - resolvedAt.getTime() >= AUTO_CLOSE_AFTER_DAYS * DAY_MS
  );
}

/**
 * Whether the requester's side may add information: while the request is open, and after resolution for as
 * long as it may be reopened (a reply then reopens it).
 */
export function acceptsReplies(status: RequestStatus, resolvedAt: Date | null, now: Date): boolean {
  return (
    OPEN_STATUSES.includes(status) || allowedTransitions(status, { resolvedAt, now }).includes('in_progress')
  );
}
