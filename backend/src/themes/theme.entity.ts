import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A theme of advice (what the help is about); stable code, labels in the three UI languages. */
@Entity({ name: 'themes' })
export class ThemeEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_themes' })
  code: string;

  @Column({ type: 'smallint' })
  sortOrder: number;

  @Column({ type: 'text' })
  labelFi: string;

  @Column({ type: 'text' })
  labelSv: string;

  @Column({ type: 'text' })
  labelEn: string;
}
