import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { sortValues } from '../../common/pagination/sort';
import { IsCalendarDate } from '../../common/validation/calendar-date.decorator';
import { queryBoolean, queryList } from '../../common/validation/transforms';
import { ACTIVITY_TYPES, type ActivityType } from '../activity-options';
import { IsRegionCode } from '../../common/validation/region-code.decorator';

export const ACTIVITY_SORT_FIELDS = ['date', 'durationMinutes', 'createdAt'] as const;
const ACTIVITY_SORTS = sortValues(ACTIVITY_SORT_FIELDS);

/** Filters of the advice log, shared by the list and its totals. */
export class ActivityFiltersDto extends PageQueryDto {
  @ApiPropertyOptional({ description: "Only the caller's own activities" })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Whose activities' })
  @IsOptional()
  @IsUUID('all')
  agentUserId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Activities that reached this unit' })
  @IsOptional()
  @IsUUID('all')
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Activities linked to this request' })
  @IsOptional()
  @IsUUID('all')
  requestId?: string;

  @ApiPropertyOptional({ example: '01', description: 'Activities that reached a unit of this region' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ type: String, description: 'One or more types, comma-separated' })
  @IsOptional()
  @Transform(queryList)
  @IsIn(ACTIVITY_TYPES, { each: true, message: `type must be among ${ACTIVITY_TYPES.join(', ')}` })
  type?: ActivityType[];

  @ApiPropertyOptional({ example: 'climate' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  themeCode?: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or after' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or before' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ActivityListQueryDto extends ActivityFiltersDto {
  @ApiPropertyOptional({ enum: ACTIVITY_SORTS, description: 'Default: newest first (-date)' })
  @IsOptional()
  @IsIn(ACTIVITY_SORTS)
  sort?: string;
}
