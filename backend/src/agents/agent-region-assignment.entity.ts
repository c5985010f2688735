import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { RegionEntity } from '../regions/region.entity';
import { AgentEntity } from './agent.entity';

/**
 * An agent covering a region from `validFrom` to `validTo` (both inclusive; open-ended when null).
 * PostgreSQL itself refuses two assignments of one region that share a day.
 */
@Entity({ name: 'agent_region_assignments' })
@Check('ck_agent_region_assignments_period', '"valid_to" IS NULL OR "valid_to" >= "valid_from"')
@Exclusion(
  'ex_agent_region_assignments_region_period',
  `USING gist ("region_code" WITH =, daterange("valid_from", "valid_to", '[]') WITH &&)`,
)
export class AgentRegionAssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agent_region_assignments' })
  id: string;

  @Index('ix_agent_region_assignments_agent_user_id')
  @Column({ type: 'uuid' })
  agentUserId: string;

  @ManyToOne(() => AgentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agent_user_id', foreignKeyConstraintName: 'fk_agent_region_assignments_agent' })
  agent?: AgentEntity;

  @Column({ type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_agent_region_assignments_region' })
  region?: RegionEntity;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
