import type { PublicRequestStatusDto } from '../core/api/generated/models/public-request-status-dto';
import type { PublicRequestSubmissionDto } from '../core/api/generated/models/public-request-submission-dto';
import type { PublicTimelineEventDto } from '../core/api/generated/models/public-timeline-event-dto';

export type ProcurementStage = PublicRequestSubmissionDto['procurementStage'];
export type Urgency = PublicRequestSubmissionDto['urgency'];
export type RequestStatus = PublicRequestStatusDto['status'];
export type TimelineEvent = PublicTimelineEventDto;

export const PROCUREMENT_STAGES: readonly ProcurementStage[] = [
  'strategy_and_planning',
  'market_dialogue',
  'tendering',
  'contract_management',
  'evaluation',
];

export const URGENCIES: readonly Urgency[] = ['low', 'normal', 'high'];

export const RATINGS = [1, 2, 3, 4, 5] as const;

// The server's limits (backend/openapi.json and its DTO rules), checked here first.
export const TITLE_MIN = 3;
export const TITLE_MAX = 200;
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 10_000;
export const NAME_MIN = 2;
export const NAME_MAX = 200;
export const EMAIL_MAX = 254;
export const UNIT_DESCRIPTION_MIN = 3;
export const UNIT_DESCRIPTION_MAX = 500;
export const MESSAGE_MAX = 5000;
export const CANCEL_REASON_MAX = 1000;
export const RATING_COMMENT_MAX = 2000;

/** A CPV division ("45") or a full CPV code ("45214200", optionally with its check digit "-2"). */
export const CPV_CODE_PATTERN = /^\d{2}$|^\d{8}(-\d)?$/;

/** The `?rating=N` of the emailed one-click rating links, when it is a valid rating. */
export function parseRating(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^[1-5]$/.test(value.trim())) {
    return null;
  }
  return Number(value.trim());
}
