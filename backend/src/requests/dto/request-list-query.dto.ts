import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { sortValues } from '../../common/pagination/sort';
import { IsCalendarDate } from '../../common/validation/calendar-date.decorator';
import { REQUEST_STATUSES, type RequestStatus } from '../request-workflow';
import { queryBoolean, queryList } from '../../common/validation/transforms';
import { IsRegionCode } from '../../common/validation/region-code.decorator';

export const REQUEST_SORT_FIELDS = [
  'submittedAt',
  'number',
  'status',
  'urgency',
  'firstResponseDueAt',
  'resolutionDueAt',
  'updatedAt',
] as const;
const REQUEST_SORTS = sortValues(REQUEST_SORT_FIELDS);
export const SLA_FILTER_STATES = ['onTrack', 'atRisk', 'breached'] as const;
export type SlaFilterState = (typeof SLA_FILTER_STATES)[number];

/** Filters of the requests list. */
export class RequestListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    type: String,
    description: 'One or more statuses, comma-separated',
    example: 'assigned,in_progress',
  })
  @IsOptional()
  @Transform(queryList)
  @IsIn(REQUEST_STATUSES, { each: true, message: `status must be among ${REQUEST_STATUSES.join(', ')}` })
  status?: RequestStatus[];

  @ApiPropertyOptional({ description: 'Only open requests (new, assigned, in progress, waiting)' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  open?: boolean;

  @ApiPropertyOptional({
    enum: SLA_FILTER_STATES,
    description: 'Open requests by their worse service level (first response or resolution)',
  })
  @IsOptional()
  @IsIn(SLA_FILTER_STATES)
  slaState?: SlaFilterState;

  @ApiPropertyOptional({ description: "The coordinators' queue: new requests with no agent" })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  queue?: boolean;

  @ApiPropertyOptional({ example: '01' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Assigned agent' })
  @IsOptional()
  @IsUUID('all')
  agentUserId?: string;

  @ApiPropertyOptional({ example: 'climate' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  themeCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  unitId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Submitted on or after (Europe/Helsinki)' })
  @IsOptional()
  @IsCalendarDate()
  createdFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Submitted on or before (Europe/Helsinki)' })
  @IsOptional()
  @IsCalendarDate()
  createdTo?: string;

  @ApiPropertyOptional({ description: 'Words of the title, or the reference number' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: REQUEST_SORTS,
    description: 'Default: oldest first for open requests, newest first otherwise',
  })
  @IsOptional()
  @IsIn(REQUEST_SORTS)
  sort?: string;
}
