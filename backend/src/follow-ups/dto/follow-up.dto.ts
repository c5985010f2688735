import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITY_TYPES, type ActivityType } from '../../activities/activity-options';
import { PageOf } from '../../common/pagination/page.dto';
import {
  FOLLOW_UP_BUCKETS,
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_SUBJECT_KINDS,
  type FollowUpBucket,
  type FollowUpStatus,
  type FollowUpSubjectKind,
} from '../follow-up-options';

export class FollowUpUnitRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameFi: string;

  @ApiProperty({ type: String, nullable: true })
  nameSv: string | null;
}

export class FollowUpRequestRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  number: number;

  @ApiProperty()
  title: string;
}

export class FollowUpActivityRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ enum: ACTIVITY_TYPES })
  type: ActivityType;
}

export class FollowUpDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: FOLLOW_UP_SUBJECT_KINDS })
  subjectKind: FollowUpSubjectKind;

  @ApiProperty({ type: FollowUpUnitRefDto, nullable: true, description: 'The unit concerned' })
  unit: FollowUpUnitRefDto | null;

  @ApiProperty({ type: FollowUpRequestRefDto, nullable: true })
  request: FollowUpRequestRefDto | null;

  @ApiProperty({ type: FollowUpActivityRefDto, nullable: true })
  activity: FollowUpActivityRefDto | null;

  @ApiProperty({ type: String, nullable: true, example: '01' })
  regionCode: string | null;

  @ApiProperty({ format: 'uuid' })
  assigneeUserId: string;

  @ApiProperty()
  assigneeName: string;

  @ApiProperty({ format: 'date' })
  dueDate: string;

  @ApiProperty()
  note: string;

  @ApiProperty({ enum: FOLLOW_UP_STATUSES })
  status: FollowUpStatus;

  @ApiProperty({ enum: FOLLOW_UP_BUCKETS, nullable: true, description: 'For open follow-ups, seen today' })
  bucket: FollowUpBucket | null;

  @ApiProperty({ type: Number, nullable: true })
  recurrenceMonths: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  previousFollowUpId: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Created when this one was done',
  })
  nextFollowUpId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty()
  version: number;
}

export const FollowUpPageDto = PageOf(FollowUpDto, 'FollowUpPage');
