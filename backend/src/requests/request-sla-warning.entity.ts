import { Check, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SupportRequestEntity } from './support-request.entity';

export const SLA_WARNING_KINDS = [
  'first_response_at_risk',
  'first_response_breached',
  'resolution_at_risk',
  'resolution_breached',
] as const;
export type SlaWarningKind = (typeof SLA_WARNING_KINDS)[number];

/**
 * A service-level warning sent about a request. Keyed by the due instant it warned of, so a warning goes
 * out once per due instant: again only if the due date moves (a paused resolution clock).
 */
@Entity({ name: 'request_sla_warnings' })
@Check(
  'ck_request_sla_warnings_kind',
  `"kind" IN ('first_response_at_risk', 'first_response_breached', 'resolution_at_risk', 'resolution_breached')`,
)
export class RequestSlaWarningEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_request_sla_warnings' })
  requestId: string;

  @PrimaryColumn({ type: 'varchar', length: 30, primaryKeyConstraintName: 'pk_request_sla_warnings' })
  kind: SlaWarningKind;

  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'pk_request_sla_warnings' })
  dueAt: Date;

  @ManyToOne(() => SupportRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_request_sla_warnings_request' })
  request?: SupportRequestEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
