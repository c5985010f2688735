import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '../../common/i18n/language';
import { PageOf } from '../../common/pagination/page.dto';
import {
  EVENT_AUTHOR_KINDS,
  type EventAuthorKind,
  PROCUREMENT_STAGES,
  type ProcurementStage,
  REQUEST_EVENT_KINDS,
  REQUEST_SOURCES,
  type RequestEventKind,
  type RequestSource,
  URGENCIES,
  type Urgency,
} from '../request-options';
import { REQUEST_STATUSES, type RequestStatus } from '../request-workflow';

export const SERVICE_LEVEL_DTO_STATES = [
  'onTrack',
  'atRisk',
  'breached',
  'met',
  'metLate',
  'paused',
] as const;
export type ServiceLevelDtoState = (typeof SERVICE_LEVEL_DTO_STATES)[number];

export class ServiceLevelDto {
  @ApiProperty({ format: 'date-time', description: 'End of the due business day, Europe/Helsinki' })
  dueAt: string;

  @ApiProperty({
    enum: SERVICE_LEVEL_DTO_STATES,
    description: 'atRisk: less than one business day left; paused: waiting for the unit (resolution only)',
  })
  state: ServiceLevelDtoState;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;
}

export class RequesterDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  contactId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Null once erased' })
  name: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Opened the status link' })
  verifiedAt: string | null;
}

export class RequestListItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 1234, description: 'Short reference, shown as #1234' })
  number: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: REQUEST_STATUSES })
  status: RequestStatus;

  @ApiProperty({ enum: URGENCIES })
  urgency: Urgency;

  @ApiProperty({ enum: REQUEST_SOURCES })
  source: RequestSource;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  unitId: string | null;

  @ApiProperty({ type: String, nullable: true })
  unitName: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'A unit not found, as the requester described it',
  })
  unitDescription: string | null;

  @ApiProperty({ type: String, nullable: true, example: '01' })
  regionCode: string | null;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  assignedAgent: PersonRefDto | null;

  @ApiProperty({ type: [String], example: ['climate'] })
  themeCodes: string[];

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;

  @ApiProperty({ type: ServiceLevelDto })
  firstResponse: ServiceLevelDto;

  @ApiProperty({ type: ServiceLevelDto })
  resolution: ServiceLevelDto;
}

export class RequestPageDto extends PageOf(RequestListItemDto, 'RequestPage') {}

export class TimelineEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: REQUEST_EVENT_KINDS })
  kind: RequestEventKind;

  @ApiProperty({ description: 'Internal entries are never shown to the requester' })
  isInternal: boolean;

  @ApiProperty({ enum: EVENT_AUTHOR_KINDS })
  authorKind: EventAuthorKind;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  author: PersonRefDto | null;

  @ApiProperty({ type: String, nullable: true })
  body: string | null;

  @ApiProperty({ enum: REQUEST_STATUSES, nullable: true })
  fromStatus: RequestStatus | null;

  @ApiProperty({ enum: REQUEST_STATUSES, nullable: true })
  toStatus: RequestStatus | null;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  fromAgent: PersonRefDto | null;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  toAgent: PersonRefDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was reassigned (internal)' })
  reason: string | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5 })
  rating: number | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class RequestDto extends RequestListItemDto {
  @ApiProperty()
  description: string;

  @ApiProperty({ type: String, nullable: true, example: '45' })
  cpvDivisionCode: string | null;

  @ApiProperty({ type: String, nullable: true, example: '45214200-2' })
  cpvCode: string | null;

  @ApiProperty({ enum: PROCUREMENT_STAGES })
  procurementStage: ProcurementStage;

  @ApiProperty({ type: RequesterDto })
  requester: RequesterDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  firstRespondedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  resolvedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  cancelledAt: string | null;

  @ApiProperty({ description: 'Business days the resolution clock was paused (waiting for the unit)' })
  pausedBusinessDays: number;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5 })
  rating: number | null;

  @ApiProperty({ type: String, nullable: true })
  ratingComment: string | null;

  @ApiProperty({ description: 'For optimistic locking: send it back with every change' })
  version: number;

  @ApiProperty({ enum: REQUEST_STATUSES, isArray: true, description: 'What the caller may move it to now' })
  allowedTransitions: RequestStatus[];

  @ApiProperty({ type: [TimelineEventDto], description: 'Oldest first; internal entries only for staff' })
  timeline: TimelineEventDto[];
}
