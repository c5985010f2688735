import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { SupportRequestEntity } from '../requests/support-request.entity';
import { UserEntity } from '../users/user.entity';
import type { ActivityType } from './activity-options';
import { ActivityThemeEntity } from './activity-theme.entity';
import { ActivityUnitEntity } from './activity-unit.entity';

/** An advice log entry: what an agent did, when, for how long and for which units (SPEC §3). */
@Entity({ name: 'activities' })
@Check(
  'ck_activities_type',
  `"type" IN ('advice_call', 'meeting', 'workshop', 'training', 'event', 'peer_review', 'other')`,
)
@Check('ck_activities_duration_minutes', '"duration_minutes" BETWEEN 1 AND 1440')
@Check('ck_activities_participant_count', '"participant_count" IS NULL OR "participant_count" >= 0')
// By agent and date, carrying the duration (migration AgentDashboardIndexes; TypeORM cannot express INCLUDE).
@Index('ix_activities_agent_user_id_activity_date', { synchronize: false })
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_activities' })
  id: string;

  /** The agent (or coordinator) whose work this was. */
  @Column({ type: 'uuid' })
  agentUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_user_id', foreignKeyConstraintName: 'fk_activities_agent_user' })
  agent?: UserEntity;

  // By date, carrying the agent and the duration (migration WorkloadIndexes; TypeORM cannot express INCLUDE).
  @Index('ix_activities_activity_date_agent_minutes', { synchronize: false })
  @Column({ type: 'date' })
  activityDate: string;

  @Column({ type: 'varchar', length: 20 })
  type: ActivityType;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'integer', nullable: true })
  participantCount: number | null;

  @Index('ix_activities_request_id')
  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;

  @ManyToOne(() => SupportRequestEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_activities_request' })
  request?: SupportRequestEntity;

  /** Internal: never shown to ministry users. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @OneToMany(() => ActivityUnitEntity, (link) => link.activity)
  units?: ActivityUnitEntity[];

  @OneToMany(() => ActivityThemeEntity, (link) => link.activity)
  themes?: ActivityThemeEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
