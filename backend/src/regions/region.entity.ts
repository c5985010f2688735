import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A region: reference data keyed by its code. Finland's regions (maakunta) use their official two-digit
 * codes; the column takes up to five characters so NUTS-3-like codes (DE111) fit a wider network.
 */
@Entity({ name: 'regions' })
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 5, primaryKeyConstraintName: 'pk_regions' })
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
