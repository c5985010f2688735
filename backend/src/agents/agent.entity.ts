import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** The agent-specific part of a user with role `agent`. */
@Entity({ name: 'agents' })
@Check('ck_agents_monthly_capacity_hours', '"monthly_capacity_hours" BETWEEN 0 AND 744')
export class AgentEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_agents' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_agents_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  hostOrganisation: string;

  @Column({ type: 'smallint' })
  monthlyCapacityHours: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
