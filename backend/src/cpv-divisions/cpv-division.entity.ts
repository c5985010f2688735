import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A division of the EU Common Procurement Vocabulary (the first two digits of a CPV code). */
@Entity({ name: 'cpv_divisions' })
export class CpvDivisionEntity {
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'pk_cpv_divisions' })
  code: string;

  @Index('uq_cpv_divisions_cpv_code', { unique: true })
  @Column({ type: 'varchar', length: 10 })
  cpvCode: string;

  @Column({ type: 'text' })
  labelFi: string;

  @Column({ type: 'text' })
  labelSv: string;

  @Column({ type: 'text' })
  labelEn: string;
}
