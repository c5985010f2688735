import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '../common/i18n/language';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'captured', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * An email to send, written in the same transaction as the change that causes it. The delivery worker claims
 * due rows with FOR UPDATE SKIP LOCKED, so several API instances never pick the same one.
 */
@Entity({ name: 'outbox_emails' })
@Check('ck_outbox_emails_status', `"status" IN ('pending', 'sending', 'sent', 'captured', 'failed')`)
@Index('ix_outbox_emails_due', ['status', 'nextAttemptAt'])
export class OutboxEmailEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_outbox_emails' })
  id: string;

  @Index('ix_outbox_emails_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'text' })
  toAddress: string;

  @Column({ type: 'text', nullable: true })
  toName: string | null;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  /** While sending: until when the claiming instance holds the row; afterwards another may retry it. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
