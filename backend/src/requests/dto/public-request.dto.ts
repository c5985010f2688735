import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LANGUAGES, type Language } from '../../common/i18n/language';
import {
  EVENT_AUTHOR_KINDS,
  type EventAuthorKind,
  MESSAGE_MAX,
  PROCUREMENT_STAGES,
  type ProcurementStage,
  REQUEST_EVENT_KINDS,
  type RequestEventKind,
  URGENCIES,
  type Urgency,
} from '../request-options';
import { REQUEST_STATUSES, type RequestStatus } from '../request-workflow';
import { NewRequesterDto, RequestContentDto } from './request-commands.dto';
import { trimmed } from '../../common/validation/transforms';

/** The public request form (no account). */
export class PublicRequestSubmissionDto extends RequestContentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The unit, found by name or business ID' })
  @ValidateIf((object: PublicRequestSubmissionDto) => !object.unitDescription)
  @IsUUID('all', { message: 'unitId must identify a unit, or describe the unit in unitDescription' })
  unitId?: string;

  @ApiPropertyOptional({
    maxLength: 500,
    description: 'A unit not found: name and business ID as free text, verified by coordinators',
  })
  @ValidateIf((object: PublicRequestSubmissionDto) => !object.unitId)
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  unitDescription?: string;

  @ApiProperty({ type: NewRequesterDto })
  @ValidateNested()
  @Type(() => NewRequesterDto)
  requester: NewRequesterDto;

  @ApiPropertyOptional({ description: 'Leave empty. (A field people do not see; filled in only by bots.)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

export class PublicRequestReceiptDto {
  @ApiProperty({ example: 1234, description: 'The reference, shown as #1234' })
  number: number;

  @ApiProperty({ enum: LANGUAGES, description: 'The status link was emailed in this language' })
  language: Language;
}

export class PublicUnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameFi: string;

  @ApiProperty({ type: String, nullable: true })
  nameSv: string | null;

  @ApiProperty({ example: '0201256-6' })
  businessId: string;
}

export class PublicTimelineEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: REQUEST_EVENT_KINDS })
  kind: RequestEventKind;

  @ApiProperty({ enum: EVENT_AUTHOR_KINDS })
  authorKind: EventAuthorKind;

  @ApiProperty({ type: String, nullable: true, description: 'The agent or coordinator who wrote it' })
  authorName: string | null;

  @ApiProperty({ type: String, nullable: true })
  body: string | null;

  @ApiProperty({ enum: REQUEST_STATUSES, nullable: true })
  fromStatus: RequestStatus | null;

  @ApiProperty({ enum: REQUEST_STATUSES, nullable: true })
  toStatus: RequestStatus | null;

  @ApiProperty({ type: Number, nullable: true })
  rating: number | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** What the private status link shows: this request only, and no internal entries. */
export class PublicRequestStatusDto {
  @ApiProperty()
  number: number;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ enum: REQUEST_STATUSES })
  status: RequestStatus;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;

  @ApiProperty({ description: 'The unit, or the description given when it was not found' })
  unitName: string;

  @ApiProperty({ type: [String] })
  themeCodes: string[];

  @ApiProperty({ enum: PROCUREMENT_STAGES })
  procurementStage: ProcurementStage;

  @ApiProperty({ enum: URGENCIES })
  urgency: Urgency;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ type: String, nullable: true, description: 'The agent handling it' })
  handledBy: string | null;

  @ApiProperty({ type: [PublicTimelineEventDto] })
  timeline: PublicTimelineEventDto[];

  @ApiProperty({
    description:
      'The requester may add information: while open, and within 30 days of resolution (reopens it)',
  })
  canReply: boolean;

  @ApiProperty()
  canCancel: boolean;

  @ApiProperty({ description: 'Resolved or closed: the requester may rate the help' })
  canRate: boolean;

  @ApiProperty({ type: Number, nullable: true })
  rating: number | null;

  @ApiProperty({ type: String, nullable: true })
  ratingComment: string | null;
}

export class PublicReplyDto {
  @ApiProperty({ maxLength: MESSAGE_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(MESSAGE_MAX)
  body: string;
}

export class PublicCancelDto {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class StatusTokenParamDto {
  @ApiProperty({ description: 'The token of the private status link' })
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token: string;
}

export class PublicUnitSearchQueryDto {
  @ApiProperty({ description: 'At least two characters of the name or business ID' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  q: string;
}
