import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsCalendarDate } from '../../common/validation/calendar-date.decorator';
import { trimmed } from '../../common/validation/transforms';
import {
  ACTIVITY_NOTE_MAX,
  ACTIVITY_TYPES,
  type ActivityType,
  MAX_DURATION_MINUTES,
  MAX_UNITS_PER_ACTIVITY,
} from '../activity-options';

/** The fields of an activity, shared by create and update. */
export class ActivityFieldsDto {
  @ApiProperty({ format: 'date', description: 'The day of the work (Europe/Helsinki); not after today' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ enum: ACTIVITY_TYPES })
  @IsIn(ACTIVITY_TYPES)
  type: ActivityType;

  @ApiProperty({ minimum: 1, maximum: MAX_DURATION_MINUTES, example: 30 })
  @IsInt()
  @Min(1, { message: 'durationMinutes must be more than 0' })
  @Max(MAX_DURATION_MINUTES)
  durationMinutes: number;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The units reached (a workshop reaches many); agents only units of their regions',
  })
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1, { message: 'unitIds must name at least one unit' })
  @ArrayMaxSize(MAX_UNITS_PER_ACTIVITY)
  @ArrayUnique()
  unitIds: string[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, description: 'People who took part' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(100_000)
  participantCount?: number | null;

  @ApiProperty({ type: [String], example: ['climate'] })
  @IsArray()
  @IsString({ each: true })
  @ArrayMaxSize(10)
  @ArrayUnique()
  themeCodes: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A linked request' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all')
  requestId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: ACTIVITY_NOTE_MAX,
    description: 'Internal: never shown to ministry users',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Transform(trimmed)
  @IsString()
  @MaxLength(ACTIVITY_NOTE_MAX)
  note?: string | null;
}

export class CreateActivityDto extends ActivityFieldsDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Whose work it was: coordinators may name an agent; otherwise the caller',
  })
  @IsOptional()
  @IsUUID('all')
  agentUserId?: string;
}

export class UpdateActivityDto extends ActivityFieldsDto {
  @ApiProperty({ description: 'The version read; a stale one gets 409 STALE_VERSION' })
  @IsInt()
  version: number;
}
