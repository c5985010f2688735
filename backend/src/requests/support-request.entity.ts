import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Language } from '../common/i18n/language';
import { ContactEntity } from '../contacts/contact.entity';
import { CpvDivisionEntity } from '../cpv-divisions/cpv-division.entity';
import { RegionEntity } from '../regions/region.entity';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';
import type { ProcurementStage, RequestSource, Urgency } from './request-options';
import type { RequestStatus } from './request-workflow';
import { SupportRequestThemeEntity } from './support-request-theme.entity';

/**
 * A contracting unit's request for help (SPEC §3). The region is copied from the unit at submit time so
 * that work stays attributed to the region of the time. Service-level due instants are stored (UTC) and
 * recomputed when the resolution clock pauses.
 */
@Entity({ name: 'support_requests' })
@Check(
  'ck_support_requests_status',
  `"status" IN ('new', 'assigned', 'in_progress', 'waiting_for_unit', 'resolved', 'closed', 'cancelled')`,
)
@Check(
  'ck_support_requests_procurement_stage',
  `"procurement_stage" IN ('strategy_and_planning', 'market_dialogue', 'tendering', 'contract_management', 'evaluation')`,
)
@Check('ck_support_requests_urgency', `"urgency" IN ('low', 'normal', 'high')`)
@Check('ck_support_requests_source', `"source" IN ('web_form', 'email', 'phone', 'event', 'agent_created')`)
@Check('ck_support_requests_requester_language', `"requester_language" IN ('fi', 'sv', 'en')`)
@Check('ck_support_requests_unit', `"unit_id" IS NOT NULL OR "unit_description" IS NOT NULL`)
@Check('ck_support_requests_rating', `"rating" IS NULL OR "rating" BETWEEN 1 AND 5`)
@Check(
  'ck_support_requests_assigned',
  `"status" = 'new' OR "status" = 'cancelled' OR "assigned_agent_user_id" IS NOT NULL`,
)
@Index('ix_support_requests_status_submitted_at', ['status', 'submittedAt'])
@Index('ix_support_requests_region_status', ['regionCode', 'status'])
@Index('ix_support_requests_agent_status', ['assignedAgentUserId', 'status'])
// The dashboards count requests by when they were submitted, first answered and resolved, from indexes that
// include what the counts read (migration EdgeDayIndexes; TypeORM cannot express INCLUDE).
@Index('ix_support_requests_submitted_at', { synchronize: false })
@Index('ix_support_requests_first_responded_at', { synchronize: false })
@Index('ix_support_requests_resolved_at', { synchronize: false })
export class SupportRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_support_requests' })
  id: string;

  /** A short reference people can quote on the phone ("#1234"). */
  @Index('uq_support_requests_number', { unique: true })
  @Column({ type: 'integer' })
  @Generated('increment')
  number: number;

  @Index('ix_support_requests_unit_id')
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_support_requests_unit' })
  unit?: UnitEntity;

  /** The unit as the requester described it when it was not found; coordinators verify it. */
  @Column({ type: 'text', nullable: true })
  unitDescription: string | null;

  @Index('ix_support_requests_requester_contact_id')
  @Column({ type: 'uuid', nullable: true })
  requesterContactId: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'requester_contact_id',
    foreignKeyConstraintName: 'fk_support_requests_requester_contact',
  })
  requesterContact?: ContactEntity;

  /** Personal data: null once erased. */
  @Column({ type: 'text', nullable: true })
  requesterName: string | null;

  @Column({ type: 'text', nullable: true })
  requesterEmail: string | null;

  @Column({ type: 'varchar', length: 2 })
  requesterLanguage: Language;

  /** When the requester first opened the status link sent to their address. */
  @Column({ type: 'timestamptz', nullable: true })
  requesterVerifiedAt: Date | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'char', length: 2, nullable: true })
  cpvDivisionCode: string | null;

  @ManyToOne(() => CpvDivisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cpv_division_code', foreignKeyConstraintName: 'fk_support_requests_cpv_division' })
  cpvDivision?: CpvDivisionEntity;

  /** A full CPV code (e.g. 45214200-2) when the requester named one; its division is cpvDivisionCode. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  cpvCode: string | null;

  @Column({ type: 'varchar', length: 32 })
  procurementStage: ProcurementStage;

  // The requests list's sorts: (column, id) over all requests and over the open ones, created by migration
  // RequestListSorts (TypeORM cannot express expression or partial indexes on a column).
  @Index('ix_support_requests_sort_urgency', { synchronize: false })
  @Index('ix_support_requests_open_sort_urgency', { synchronize: false })
  @Column({ type: 'varchar', length: 8 })
  urgency: Urgency;

  @Column({ type: 'varchar', length: 16 })
  source: RequestSource;

  @Index('ix_support_requests_sort_status', { synchronize: false })
  @Index('ix_support_requests_open_sort_status', { synchronize: false })
  @Column({ type: 'varchar', length: 20 })
  status: RequestStatus;

  /** Copied from the unit at submit time; null while an unknown unit awaits verification. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  regionCode: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_support_requests_region' })
  region?: RegionEntity;

  // Open requests by agent, carrying their service-level columns (migration WorkloadIndexes).
  @Index('ix_support_requests_open_agent', { synchronize: false })
  @Column({ type: 'uuid', nullable: true })
  assignedAgentUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_agent_user_id', foreignKeyConstraintName: 'fk_support_requests_agent' })
  assignedAgent?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_support_requests_created_by' })
  createdBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Index('ix_support_requests_sort_first_response_due_at', { synchronize: false })
  @Index('ix_support_requests_open_sort_first_response_due_at', { synchronize: false })
  @Column({ type: 'timestamptz' })
  firstResponseDueAt: Date;

  @Index('ix_support_requests_sort_resolution_due_at', { synchronize: false })
  @Index('ix_support_requests_open_sort_resolution_due_at', { synchronize: false })
  @Column({ type: 'timestamptz' })
  resolutionDueAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  firstRespondedAt: Date | null;

  /** Business days spent in waiting_for_unit so far (the resolution clock does not run then). */
  @Column({ type: 'integer', default: 0 })
  pausedBusinessDays: number;

  @Column({ type: 'timestamptz', nullable: true })
  waitingSince: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ type: 'text', nullable: true })
  ratingComment: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  ratedAt: Date | null;

  /** The client's Idempotency-Key of a public submit and a fingerprint of its body. */
  @Index('uq_support_requests_idempotency_key', { unique: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  idempotencyFingerprint: string | null;

  @OneToMany(() => SupportRequestThemeEntity, (theme) => theme.request)
  themes?: SupportRequestThemeEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index('ix_support_requests_sort_updated_at', { synchronize: false })
  @Index('ix_support_requests_open_sort_updated_at', { synchronize: false })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
