import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ThemeEntity } from '../themes/theme.entity';
import { SupportRequestEntity } from './support-request.entity';

/** A theme of a support request (one or more per request). */
@Entity({ name: 'support_request_themes' })
export class SupportRequestThemeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_support_request_themes' })
  requestId: string;

  @Index('ix_support_request_themes_theme_code')
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_support_request_themes' })
  themeCode: string;

  @ManyToOne(() => SupportRequestEntity, (request) => request.themes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_support_request_themes_request' })
  request?: SupportRequestEntity;

  @ManyToOne(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_code', foreignKeyConstraintName: 'fk_support_request_themes_theme' })
  theme?: ThemeEntity;
}
