import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LANGUAGES, type Language } from '../../common/i18n/language';
import {
  DESCRIPTION_MAX,
  MESSAGE_MAX,
  PROCUREMENT_STAGES,
  type ProcurementStage,
  STAFF_REQUEST_SOURCES,
  TIMELINE_ENTRY_KINDS,
  TITLE_MAX,
  type TimelineEntryKind,
  URGENCIES,
  type Urgency,
} from '../request-options';
import { REQUEST_STATUSES, type RequestStatus } from '../request-workflow';
import { lowerTrimmed, trimmed } from '../../common/validation/transforms';

/** A CPV division ("45") or a full CPV code ("45214200" or "45214200-2"). */
export const CPV_PATTERN = /^\d{2}$|^\d{8}(-\d)?$/;
export const CPV_MESSAGE = 'cpvCode must be a CPV division (45) or code (45214200-2)';

/** The fields describing what help is needed: the same in the public form and in the app. */
export class RequestContentDto {
  @ApiProperty({ maxLength: TITLE_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(TITLE_MAX)
  title: string;

  @ApiProperty({ maxLength: DESCRIPTION_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(10)
  @MaxLength(DESCRIPTION_MAX)
  description: string;

  @ApiProperty({ type: [String], example: ['climate'], description: 'One or more theme codes' })
  @IsArray()
  @IsString({ each: true })
  @ArrayMinSize(1, { message: 'themeCodes must name at least one theme' })
  @ArrayMaxSize(10)
  @ArrayUnique()
  themeCodes: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '45214200-2' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Transform(trimmed)
  @Matches(CPV_PATTERN, { message: CPV_MESSAGE })
  cpvCode?: string | null;

  @ApiProperty({ enum: PROCUREMENT_STAGES })
  @IsIn(PROCUREMENT_STAGES)
  procurementStage: ProcurementStage;

  @ApiProperty({ enum: URGENCIES })
  @IsIn(URGENCIES)
  urgency: Urgency;
}

export class NewRequesterDto {
  @ApiProperty({ maxLength: 200 })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiProperty({ maxLength: 254 })
  @Transform(lowerTrimmed)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  language: Language;
}

/** A request created in the app: by a unit user for their unit, or by staff on a unit's behalf. */
export class CreateRequestDto extends RequestContentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  unitId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A contact of the unit as requester (staff); unit users are the requester themselves',
  })
  @IsOptional()
  @IsUUID('all')
  requesterContactId?: string;

  @ApiPropertyOptional({ type: NewRequesterDto, description: 'A requester not yet among the contacts' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewRequesterDto)
  requester?: NewRequesterDto;

  @ApiPropertyOptional({
    enum: STAFF_REQUEST_SOURCES,
    description: 'How the request came (staff only; default agent_created)',
  })
  @IsOptional()
  @IsIn(STAFF_REQUEST_SOURCES)
  source?: (typeof STAFF_REQUEST_SOURCES)[number];
}

export class UpdateRequestDto {
  @ApiProperty({ description: 'The version you loaded (optimistic locking)' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ maxLength: TITLE_MAX })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ maxLength: DESCRIPTION_MAX })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(10)
  @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @ArrayMinSize(1, { message: 'themeCodes must name at least one theme' })
  @ArrayMaxSize(10)
  @ArrayUnique()
  themeCodes?: string[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Transform(trimmed)
  @Matches(CPV_PATTERN, { message: CPV_MESSAGE })
  cpvCode?: string | null;

  @ApiPropertyOptional({ enum: PROCUREMENT_STAGES })
  @IsOptional()
  @IsIn(PROCUREMENT_STAGES)
  procurementStage?: ProcurementStage;

  @ApiPropertyOptional({ enum: URGENCIES })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Coordinators: the verified unit of a request whose unit was not found at submit',
  })
  @IsOptional()
  @IsUUID('all')
  unitId?: string;
}

export class TransitionRequestDto {
  @ApiProperty({ enum: REQUEST_STATUSES })
  @IsIn(REQUEST_STATUSES)
  to: RequestStatus;

  @ApiPropertyOptional({ maxLength: MESSAGE_MAX, description: 'Shown to the requester with the change' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(MESSAGE_MAX)
  comment?: string;

  @ApiProperty({ description: 'The version you loaded (optimistic locking)' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'For new → assigned: the agent (coordinators); an agent taking it is assigned themselves',
  })
  @IsOptional()
  @IsUUID('all')
  agentUserId?: string;
}

export class AssignRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  agentUserId: string;

  @ApiProperty({ maxLength: 1000, description: 'Why (internal; shown in the timeline to staff)' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;

  @ApiProperty({ description: 'The version you loaded (optimistic locking)' })
  @IsInt()
  @Min(1)
  version: number;
}

export class TimelineEntryDto {
  @ApiProperty({
    enum: TIMELINE_ENTRY_KINDS,
    description: 'note: internal (staff); message: to the requester, emailed (staff); reply: a unit user',
  })
  @IsIn(TIMELINE_ENTRY_KINDS)
  kind: TimelineEntryKind;

  @ApiProperty({ maxLength: MESSAGE_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(MESSAGE_MAX)
  body: string;
}

export class RatingDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
