import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { sortValues } from '../../common/pagination/sort';
import { IsCalendarDate } from '../../common/validation/calendar-date.decorator';
import { queryBoolean, queryList } from '../../common/validation/transforms';
import {
  FOLLOW_UP_BUCKETS,
  FOLLOW_UP_STATUSES,
  type FollowUpBucket,
  type FollowUpStatus,
} from '../follow-up-options';
import { IsRegionCode } from '../../common/validation/region-code.decorator';

export const FOLLOW_UP_SORT_FIELDS = ['dueDate', 'createdAt', 'completedAt'] as const;
const FOLLOW_UP_SORTS = sortValues(FOLLOW_UP_SORT_FIELDS);

export class FollowUpListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only those assigned to the caller' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  assigneeUserId?: string;

  @ApiPropertyOptional({
    type: String,
    description: 'One or more statuses, comma-separated',
    example: 'open',
  })
  @IsOptional()
  @Transform(queryList)
  @IsIn(FOLLOW_UP_STATUSES, { each: true, message: `status must be among ${FOLLOW_UP_STATUSES.join(', ')}` })
  status?: FollowUpStatus[];

  @ApiPropertyOptional({
    enum: FOLLOW_UP_BUCKETS,
    description: 'Open follow-ups due before today, today, later this week (to Sunday), or after this week',
  })
  @IsOptional()
  @IsIn(FOLLOW_UP_BUCKETS)
  bucket?: FollowUpBucket;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  requestId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  activityId?: string;

  @ApiPropertyOptional({ example: '01' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Due on or after' })
  @IsOptional()
  @IsCalendarDate()
  dueFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Due on or before' })
  @IsOptional()
  @IsCalendarDate()
  dueTo?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_SORTS, description: 'Default: soonest due first' })
  @IsOptional()
  @IsIn(FOLLOW_UP_SORTS)
  sort?: string;
}
