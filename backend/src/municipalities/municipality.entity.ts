import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RegionEntity } from '../regions/region.entity';

/** A Finnish municipality (kunta); reference data keyed by its official three-digit code. */
@Entity({ name: 'municipalities' })
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'char', length: 3, primaryKeyConstraintName: 'pk_municipalities' })
  code: string;

  @Column({ type: 'text' })
  nameFi: string;

  @Column({ type: 'text' })
  nameSv: string;

  @Index('ix_municipalities_region_code')
  @Column({ type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_municipalities_region' })
  region?: RegionEntity;
}
