import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Finland's calendar as a table, so that PostgreSQL counts business days set-wise: `ordinal` is the number
 * of business days from the table's first day up to and including `day`, so the business days strictly
 * after A up to and including B are ordinal(B) − ordinal(A). Filled by a migration from business-calendar.ts.
 */
@Entity({ name: 'business_days' })
export class BusinessDayEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_business_days' })
  day: string;

  @Column({ type: 'boolean' })
  isBusinessDay: boolean;

  @Column({ type: 'integer' })
  ordinal: number;
}
