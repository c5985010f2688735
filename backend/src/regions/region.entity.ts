import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A Finnish region (maakunta); reference data keyed by its official two-digit code. */
@Entity({ name: 'regions' })
export class RegionEntity {
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'pk_regions' })
  code: string;

  @Index('uq_regions_nuts3_code', { unique: true })
  @Column({ type: 'varchar', length: 5 })
  nuts3Code: string;

  @Column({ type: 'text' })
  nameFi: string;

  @Column({ type: 'text' })
  nameSv: string;

  @Column({ type: 'text' })
  nameEn: string;
}
