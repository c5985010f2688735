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
import type { Language } from '../common/i18n/language';
import { UnitEntity } from '../units/unit.entity';

/** A contact person of a contracting unit. Personal data (GDPR): erased fields become null. */
@Entity({ name: 'contacts' })
@Check('ck_contacts_preferred_language', `"preferred_language" IN ('fi', 'sv', 'en')`)
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_contacts' })
  id: string;

  @Index('ix_contacts_unit_id')
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_contacts_unit' })
  unit?: UnitEntity;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Index('ix_contacts_email')
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 2, default: 'fi' })
  preferredLanguage: Language;

  /** When the person's data was erased on request; the record stays so that work records keep their links. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
