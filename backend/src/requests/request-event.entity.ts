import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';
import type { EventAuthorKind, RequestEventKind } from './request-options';
import type { RequestStatus } from './request-workflow';
import { SupportRequestEntity } from './support-request.entity';

/** One entry of a request's timeline: its creation, an assignment, a status change, a note or a message. */
@Entity({ name: 'request_events' })
@Check(
  'ck_request_events_kind',
  `"kind" IN ('created', 'assignment', 'status_change', 'note', 'message', 'reply', 'rating')`,
)
@Check('ck_request_events_author_kind', `"author_kind" IN ('staff', 'requester', 'system')`)
@Index('ix_request_events_request_created_at', ['requestId', 'createdAt', 'sequence'])
export class RequestEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_request_events' })
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  /** Write order: entries written in one transaction share their timestamp, not their sequence. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  sequence: string;

  @ManyToOne(() => SupportRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_request_events_request' })
  request?: SupportRequestEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: RequestEventKind;

  /** Internal entries (notes, assignment reasons) are never shown to the requester. */
  @Column({ type: 'boolean' })
  isInternal: boolean;

  @Column({ type: 'varchar', length: 10 })
  authorKind: EventAuthorKind;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'fk_request_events_author' })
  author?: UserEntity;

  /** Free text (a note, message, reply, transition comment or rating comment). */
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: RequestStatus | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  toStatus: RequestStatus | null;

  @Column({ type: 'uuid', nullable: true })
  fromAgentUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  toAgentUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'to_agent_user_id', foreignKeyConstraintName: 'fk_request_events_to_agent' })
  toAgent?: UserEntity;

  /** Why a coordinator reassigned the request (internal). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
