import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination/page.dto';
import { ACTIVITY_TYPES, type ActivityType } from '../activity-options';

export class ActivityUnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameFi: string;

  @ApiProperty({ type: String, nullable: true })
  nameSv: string | null;

  @ApiProperty({ example: '01' })
  regionCode: string;
}

export class ActivityRequestRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 1234 })
  number: number;

  @ApiProperty()
  title: string;
}

export class ActivityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  agentUserId: string;

  @ApiProperty()
  agentName: string;

  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ enum: ACTIVITY_TYPES })
  type: ActivityType;

  @ApiProperty()
  durationMinutes: number;

  @ApiProperty({ type: Number, nullable: true })
  participantCount: number | null;

  @ApiProperty({ type: [ActivityUnitDto] })
  units: ActivityUnitDto[];

  @ApiProperty({ type: [String] })
  themeCodes: string[];

  @ApiProperty({ type: ActivityRequestRefDto, nullable: true })
  request: ActivityRequestRefDto | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ description: 'Whether the caller may edit or delete it (their own, or a coordinator)' })
  canEdit: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty()
  version: number;
}

export const ActivityPageDto = PageOf(ActivityDto, 'ActivityPage');

export class ActivityTotalDto {
  @ApiProperty({ description: 'A type or theme code' })
  key: string;

  @ApiProperty()
  count: number;

  @ApiProperty()
  minutes: number;
}

/** Totals of the activities matching the filters. */
export class ActivitySummaryDto {
  @ApiProperty()
  count: number;

  @ApiProperty()
  minutes: number;

  @ApiProperty({ description: 'Distinct units reached' })
  unitsReached: number;

  @ApiProperty({ description: 'Sum of participant counts given' })
  participants: number;

  @ApiProperty({ type: [ActivityTotalDto] })
  byType: ActivityTotalDto[];

  @ApiProperty({ type: [ActivityTotalDto], description: 'An activity with two themes counts in both' })
  byTheme: ActivityTotalDto[];
}
