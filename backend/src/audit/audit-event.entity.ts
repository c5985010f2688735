import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

export interface FieldChange {
  old: unknown;
  new: unknown;
}

/** Who did what to which record, when, with the changed fields. Written in the transaction of the change. */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_events_actor', ['actorUserId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_events' })
  id: string;

  @Index('ix_audit_events_occurred_at')
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'fk_audit_events_actor' })
  actor?: UserEntity | null;

  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Column({ type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb' })
  changes: Record<string, FieldChange>;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;
}
