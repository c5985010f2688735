import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ActivityEntity } from '../activities/activity.entity';
import { RegionEntity } from '../regions/region.entity';
import { SupportRequestEntity } from '../requests/support-request.entity';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';
import type { FollowUpStatus, FollowUpSubjectKind } from './follow-up-options';

/**
 * Something to do by a date about a unit, a request or an activity (SPEC §3). The region (of the unit or
 * request) is stored for scoping; a recurring follow-up creates its successor when it is done.
 */
@Entity({ name: 'follow_ups' })
@Check('ck_follow_ups_status', `"status" IN ('open', 'done', 'cancelled')`)
@Check('ck_follow_ups_subject_kind', `"subject_kind" IN ('unit', 'request', 'activity')`)
@Check(
  'ck_follow_ups_subject',
  `("subject_kind" = 'unit' AND "unit_id" IS NOT NULL) OR ("subject_kind" = 'request' AND "request_id" IS NOT NULL) OR ("subject_kind" = 'activity' AND "activity_id" IS NOT NULL)`,
)
@Check(
  'ck_follow_ups_recurrence_months',
  '"recurrence_months" IS NULL OR "recurrence_months" BETWEEN 1 AND 60',
)
@Index('ix_follow_ups_assignee_status_due_date', ['assigneeUserId', 'status', 'dueDate'])
@Index('ix_follow_ups_status_due_date', ['status', 'dueDate'])
@Index('ix_follow_ups_region_status', ['regionCode', 'status'])
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_follow_ups' })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  subjectKind: FollowUpSubjectKind;

  /** The unit concerned: the subject itself, the request's unit or the activity's first unit. */
  @Index('ix_follow_ups_unit_id')
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_follow_ups_unit' })
  unit?: UnitEntity;

  @Index('ix_follow_ups_request_id')
  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;

  @ManyToOne(() => SupportRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_follow_ups_request' })
  request?: SupportRequestEntity;

  @Index('ix_follow_ups_activity_id')
  @Column({ type: 'uuid', nullable: true })
  activityId: string | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_follow_ups_activity' })
  activity?: ActivityEntity;

  @Column({ type: 'varchar', length: 5, nullable: true })
  regionCode: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_follow_ups_region' })
  region?: RegionEntity;

  @Column({ type: 'uuid' })
  assigneeUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_user_id', foreignKeyConstraintName: 'fk_follow_ups_assignee_user' })
  assignee?: UserEntity;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: FollowUpStatus;

  /** Every N months: completing this one creates the next, N months after this one's due date. */
  @Column({ type: 'smallint', nullable: true })
  recurrenceMonths: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** The follow-up this one recurs from. */
  @Index('uq_follow_ups_previous_follow_up_id', {
    unique: true,
    where: '"previous_follow_up_id" IS NOT NULL',
  })
  @Column({ type: 'uuid', nullable: true })
  previousFollowUpId: string | null;

  /** The day (Europe/Helsinki) the assignee was last reminded: at most one reminder a day. */
  @Column({ type: 'date', nullable: true })
  lastRemindedOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
