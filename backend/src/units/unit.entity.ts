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
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { RegionEntity } from '../regions/region.entity';
import type { UnitType } from './unit-types';

/** A contracting unit (hankintayksikkö): the organisations the network serves. */
@Entity({ name: 'units' })
@Check(
  'ck_units_type',
  `"type" IN ('municipality', 'wellbeing_services_county', 'joint_municipal_authority', 'state_agency', 'municipal_company', 'university_or_public_body', 'other')`,
)
@Check('ck_units_estimated_annual_spend', '"estimated_annual_spend" IS NULL OR "estimated_annual_spend" >= 0')
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_units' })
  id: string;

  // Trigram and collated sort indexes, created by migration (TypeORM cannot express them).
  @Index('ix_units_name_fi_trgm', { synchronize: false })
  @Index('ix_units_name_sorted', { synchronize: false })
  @Column({ type: 'text' })
  nameFi: string;

  @Index('ix_units_name_sv_trgm', { synchronize: false })
  @Column({ type: 'text', nullable: true })
  nameSv: string | null;

  @Index('uq_units_business_id', { unique: true })
  @Index('ix_units_business_id_pattern', { synchronize: false })
  @Column({ type: 'varchar', length: 9 })
  businessId: string;

  @Column({ type: 'varchar', length: 40 })
  type: UnitType;

  @Column({ type: 'char', length: 3, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code', foreignKeyConstraintName: 'fk_units_municipality' })
  municipality?: MunicipalityEntity;

  @Index('ix_units_region_code')
  @Index('ix_units_region_name_sorted', { synchronize: false })
  @Index('ix_units_region_name_fi_trgm', { synchronize: false })
  @Column({ type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_units_region' })
  region?: RegionEntity;

  /** Euros; numeric, never a float. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  estimatedAnnualSpend: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
