import type { PersonRefDto, RequestListItemDto, ServiceLevelDto, TimelineEventDto } from './dto/request.dto';
import type { RequestEventEntity } from './request-event.entity';
import { serviceLevelState } from './service-level';
import type { SupportRequestEntity } from './support-request.entity';

/** What the service levels of a request are judged from. */
type ServiceLevelColumns = Pick<
  SupportRequestEntity,
  'status' | 'firstResponseDueAt' | 'firstRespondedAt' | 'resolutionDueAt' | 'resolvedAt' | 'cancelledAt'
>;

/** What a list row shows: the request's own columns with its unit's name and its agent's. */
export interface RequestListRow
  extends
    ServiceLevelColumns,
    Pick<
      SupportRequestEntity,
      | 'id'
      | 'number'
      | 'title'
      | 'urgency'
      | 'source'
      | 'unitId'
      | 'unitDescription'
      | 'regionCode'
      | 'assignedAgentUserId'
      | 'submittedAt'
    > {
  readonly unitName: string | null;
  readonly agentName: string | null;
}

/** When the clocks stopped: resolution, or cancellation (nothing is due of a cancelled request). */
function stoppedAt(request: ServiceLevelColumns): Date | null {
  return request.resolvedAt ?? request.cancelledAt ?? null;
}

export function serviceLevelsOf(
  request: ServiceLevelColumns,
  now: Date,
): { firstResponse: ServiceLevelDto; resolution: ServiceLevelDto } {
  const stopped = stoppedAt(request);
  const firstResponseDone = request.firstRespondedAt ?? stopped;
  return {
    firstResponse: {
      dueAt: request.firstResponseDueAt.toISOString(),
      state: serviceLevelState(request.firstResponseDueAt, firstResponseDone, now),
    },
    resolution: {
      dueAt: request.resolutionDueAt.toISOString(),
      state:
        request.status === 'waiting_for_unit'
          ? 'paused'
          : serviceLevelState(request.resolutionDueAt, stopped, now),
    },
  };
}

/** A request's list row and its theme codes (sorted) as the list shows it. */
export function toRequestListItem(row: RequestListRow, themeCodes: string[], now: Date): RequestListItemDto {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    urgency: row.urgency,
    source: row.source,
    unitId: row.unitId,
    unitName: row.unitName,
    unitDescription: row.unitDescription,
    regionCode: row.regionCode,
    assignedAgent: row.assignedAgentUserId
      ? { userId: row.assignedAgentUserId, displayName: row.agentName ?? '' }
      : null,
    themeCodes,
    submittedAt: row.submittedAt.toISOString(),
    ...serviceLevelsOf(row, now),
  };
}

export function toTimelineEvent(
  event: RequestEventEntity,
  names: ReadonlyMap<string, string>,
): TimelineEventDto {
  const ref = (userId: string | null): PersonRefDto | null =>
    userId ? { userId, displayName: names.get(userId) ?? '' } : null;
  return {
    id: event.id,
    kind: event.kind,
    isInternal: event.isInternal,
    authorKind: event.authorKind,
    author: ref(event.authorUserId),
    body: event.body,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    fromAgent: ref(event.fromAgentUserId),
    toAgent: ref(event.toAgentUserId),
    reason: event.reason,
    rating: event.rating,
    createdAt: event.createdAt.toISOString(),
  };
}
