import { helsinkiDate } from '../common/time/helsinki-date';
import { businessDaysBetween, dueAfterBusinessDays } from '../service-levels/business-calendar';
import type { RequestStatus } from './request-workflow';

/** The fields of a request a status change touches. */
export interface LifecycleFields {
  status: RequestStatus;
  submittedAt: Date;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date;
  pausedBusinessDays: number;
  waitingSince: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
}

/**
 * Applies an (already allowed) status change and its service-level bookkeeping: leaving waiting_for_unit
 * adds the business days spent waiting to the paused days and moves the resolution due date accordingly;
 * moving to in_progress is a first response; reopening clears the resolution.
 */
export function applyStatusChange(
  request: LifecycleFields,
  to: RequestStatus,
  now: Date,
  resolutionBusinessDays: number,
): void {
  if (request.status === 'waiting_for_unit' && request.waitingSince) {
    request.pausedBusinessDays += businessDaysBetween(helsinkiDate(request.waitingSince), helsinkiDate(now));
    request.waitingSince = null;
    request.resolutionDueAt = dueAfterBusinessDays(
      request.submittedAt,
      resolutionBusinessDays + request.pausedBusinessDays,
    );
  }
  switch (to) {
    case 'in_progress':
      request.firstRespondedAt ??= now;
      request.resolvedAt = null;
      break;
    case 'waiting_for_unit':
      request.waitingSince = now;
      break;
    case 'resolved':
      request.resolvedAt = now;
      break;
    case 'closed':
      request.closedAt = now;
      break;
    case 'cancelled':
      request.cancelledAt = now;
      break;
    case 'new':
    case 'assigned':
      break;
  }
  request.status = to;
}
