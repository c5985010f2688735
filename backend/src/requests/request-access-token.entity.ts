import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SupportRequestEntity } from './support-request.entity';

/**
 * A private status link of a request. Each email to the requester carries a fresh token; only its SHA-256 is
 * stored, so the database never holds a usable link. Every token of a request stays valid.
 */
@Entity({ name: 'request_access_tokens' })
export class RequestAccessTokenEntity {
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'pk_request_access_tokens' })
  tokenHash: string;

  @Index('ix_request_access_tokens_request_id')
  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => SupportRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_request_access_tokens_request' })
  request?: SupportRequestEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
