import type { PersonRefDto, RequestListItemDto, ServiceLevelDto, TimelineEventDto } from './dto/request.dto';
import type { RequestEventEntity } from './request-event.entity';
import { serviceLevelState } from './service-level';
import type { SupportRequestEntity } from './support-request.entity';

function personRef(user: { id: string; displayName: string } | undefined | null): PersonRefDto | null {
  return user ? { userId: user.id, displayName: user.displayName } : null;
}

/** When the clocks stopped: resolution, or cancellation (nothing is due of a cancelled request). */
function stoppedAt(request: SupportRequestEntity): Date | null {
  return request.resolvedAt ?? request.cancelledAt ?? null;
}

export function serviceLevelsOf(
  request: SupportRequestEntity,
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

/** A request with its unit and agent loaded, and its theme codes (sorted), as a list row. */
export function toRequestListItem(
  request: SupportRequestEntity,
  themeCodes: string[],
  now: Date,
): RequestListItemDto {
  return {
    id: request.id,
    number: request.number,
    title: request.title,
    status: request.status,
    urgency: request.urgency,
    source: request.source,
    unitId: request.unitId,
    unitName: request.unit?.nameFi ?? null,
    unitDescription: request.unitDescription,
    regionCode: request.regionCode,
    assignedAgent: personRef(request.assignedAgent),
    themeCodes,
    submittedAt: request.submittedAt.toISOString(),
    ...serviceLevelsOf(request, now),
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
