import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsCalendarDate } from '../../common/validation/calendar-date.decorator';
import { trimmed } from '../../common/validation/transforms';
import {
  FOLLOW_UP_NOTE_MAX,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  MAX_RECURRENCE_MONTHS,
} from '../follow-up-options';

export class CreateFollowUpDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'About a unit (give exactly one subject)' })
  @IsOptional()
  @IsUUID('all')
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'About a request' })
  @IsOptional()
  @IsUUID('all')
  requestId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'About an activity' })
  @IsOptional()
  @IsUUID('all')
  activityId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "An agent of the subject's region or a coordinator; default the caller",
  })
  @IsOptional()
  @IsUUID('all')
  assigneeUserId?: string;

  @ApiProperty({ format: 'date', description: 'Not before today (Europe/Helsinki)' })
  @IsCalendarDate()
  dueDate: string;

  @ApiProperty({ maxLength: FOLLOW_UP_NOTE_MAX, description: 'What to do' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(FOLLOW_UP_NOTE_MAX)
  note: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_RECURRENCE_MONTHS,
    description: 'Every N months: completing it creates the next',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_RECURRENCE_MONTHS)
  recurrenceMonths?: number | null;
}

export class UpdateFollowUpDto {
  @ApiProperty({ description: 'The version read; a stale one gets 409 STALE_VERSION' })
  @IsInt()
  version: number;

  @ApiPropertyOptional({ enum: FOLLOW_UP_STATUSES, description: 'done on a recurring one creates the next' })
  @IsOptional()
  @IsIn(FOLLOW_UP_STATUSES)
  status?: FollowUpStatus;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({ maxLength: FOLLOW_UP_NOTE_MAX })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(FOLLOW_UP_NOTE_MAX)
  note?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  assigneeUserId?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: MAX_RECURRENCE_MONTHS })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_RECURRENCE_MONTHS)
  recurrenceMonths?: number | null;
}
