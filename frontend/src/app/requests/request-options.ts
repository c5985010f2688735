import type { RequestsList$Params } from '../core/api/generated/fn/requests/requests-list';
import type { CreateRequestDto } from '../core/api/generated/models/create-request-dto';
import type { RequestDto } from '../core/api/generated/models/request-dto';
import type { ServiceLevelDto } from '../core/api/generated/models/service-level-dto';
import type { TimelineEntryDto } from '../core/api/generated/models/timeline-entry-dto';
import type { TimelineEventDto } from '../core/api/generated/models/timeline-event-dto';

export type RequestStatus = RequestDto['status'];
export type ProcurementStage = RequestDto['procurementStage'];
export type Urgency = RequestDto['urgency'];
export type RequestSource = RequestDto['source'];
export type StaffRequestSource = NonNullable<CreateRequestDto['source']>;
export type ServiceLevelState = ServiceLevelDto['state'];
export type SlaFilterState = NonNullable<RequestsList$Params['slaState']>;
export type TimelineKind = TimelineEventDto['kind'];
export type TimelineEntryKind = TimelineEntryDto['kind'];

// The workflow of SPEC §4, in its order: new → assigned → in_progress ⇄ waiting_for_unit → resolved → closed.
export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'new',
  'assigned',
  'in_progress',
  'waiting_for_unit',
  'resolved',
  'closed',
  'cancelled',
];
export const OPEN_STATUSES: readonly RequestStatus[] = ['new', 'assigned', 'in_progress', 'waiting_for_unit'];
export const PROCUREMENT_STAGES: readonly ProcurementStage[] = [
  'strategy_and_planning',
  'market_dialogue',
  'tendering',
  'contract_management',
  'evaluation',
];
export const URGENCIES: readonly Urgency[] = ['low', 'normal', 'high'];
/** How staff may say a request reached them; a unit user's own request is always `web_form`. */
export const STAFF_REQUEST_SOURCES: readonly StaffRequestSource[] = [
  'email',
  'phone',
  'event',
  'agent_created',
];
export const SLA_FILTER_STATES: readonly SlaFilterState[] = ['onTrack', 'atRisk', 'breached'];

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

export function isSlaFilterState(value: unknown): value is SlaFilterState {
  return typeof value === 'string' && (SLA_FILTER_STATES as readonly string[]).includes(value);
}

export function isOpenStatus(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** A resolved request may be reopened this long after its resolution (SPEC §4). */
export const REOPEN_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Whether the requester's side may reply: while the request is open, and after resolution for as long as it
 * may be reopened (the reply reopens it). The server decides (backend request-workflow.ts `acceptsReplies`);
 * the request DTO has no flag for it, so the page asks the same question.
 */
export function acceptsReplies(
  request: { status: RequestStatus; resolvedAt: string | null },
  now: Date = new Date(),
): boolean {
  if (isOpenStatus(request.status)) {
    return true;
  }
  return (
    request.status === 'resolved' &&
    request.resolvedAt !== null &&
    now.getTime() - new Date(request.resolvedAt).getTime() <= REOPEN_WINDOW_DAYS * DAY_MS
  );
}

/** `#1234`, as requests are referred to in the network's emails and conversations. */
export function requestReference(request: { number: number }): string {
  return `#${request.number}`;
}
