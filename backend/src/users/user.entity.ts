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
import type { Role } from '../common/auth/roles';
import type { Language } from '../common/i18n/language';
import { UnitEntity } from '../units/unit.entity';

@Entity({ name: 'users' })
@Check('ck_users_role', `"role" IN ('agent', 'unit', 'coordinator', 'ministry')`)
@Check('ck_users_preferred_language', `"preferred_language" IN ('fi', 'sv', 'en')`)
@Check('ck_users_unit', `("role" = 'unit') = ("unit_id" IS NOT NULL)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  /** Stored trimmed and lower-cased: addresses are unique regardless of case. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  @Index('ix_users_role')
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 2, default: 'fi' })
  preferredLanguage: Language;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  /** argon2id; null until the user has set a password through their one-time link. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Index('ix_users_unit_id')
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_users_unit' })
  unit?: UnitEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
