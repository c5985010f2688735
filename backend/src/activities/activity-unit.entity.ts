import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UnitEntity } from '../units/unit.entity';
import type { ActivityEntity } from './activity.entity';

/**
 * A unit reached by an activity. The activity's date is repeated here so that "units reached in a period"
 * (reach and coverage) reads one index, without joining every activity.
 */
@Entity({ name: 'activity_units' })
@Index('ix_activity_units_unit_id_activity_date', ['unitId', 'activityDate'])
@Index('ix_activity_units_activity_date_unit_id', ['activityDate', 'unitId'])
export class ActivityUnitEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_activity_units' })
  activityId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_activity_units' })
  unitId: string;

  @Column({ type: 'date' })
  activityDate: string;

  @ManyToOne('ActivityEntity', 'units', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_units_activity' })
  activity?: ActivityEntity;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_activity_units_unit' })
  unit?: UnitEntity;
}
