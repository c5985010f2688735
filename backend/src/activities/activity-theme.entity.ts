import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ThemeEntity } from '../themes/theme.entity';
import type { ActivityEntity } from './activity.entity';

/** A theme an activity was about. */
@Entity({ name: 'activity_themes' })
@Index('ix_activity_themes_theme_code', ['themeCode'])
export class ActivityThemeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_activity_themes' })
  activityId: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_activity_themes' })
  themeCode: string;

  @ManyToOne('ActivityEntity', 'themes', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_themes_activity' })
  activity?: ActivityEntity;

  @ManyToOne(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_code', foreignKeyConstraintName: 'fk_activity_themes_theme' })
  theme?: ThemeEntity;
}
