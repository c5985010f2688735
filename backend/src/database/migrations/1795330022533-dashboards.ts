import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FILL_BUSINESS_DAYS_SQL, businessDayRows } from '../../service-levels/business-days.table';

export class Dashboards1795330022533 implements MigrationInterface {
  name = 'Dashboards1795330022533';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "business_days" ("day" date NOT NULL, "is_business_day" boolean NOT NULL, "ordinal" integer NOT NULL, CONSTRAINT "pk_business_days" PRIMARY KEY ("day"))',
    );
    // Finland's business days 2000–2100, as business-calendar.ts computes them (a later fix to the holiday
    // rules refreshes the table with FILL_BUSINESS_DAYS_SQL in a new migration).
    const rows = businessDayRows();
    await queryRunner.query(FILL_BUSINESS_DAYS_SQL, [rows.days, rows.isBusinessDay, rows.ordinals]);
    await queryRunner.query(
      'CREATE INDEX "ix_support_requests_resolved_at" ON "support_requests" ("resolved_at") WHERE "resolved_at" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_support_requests_first_responded_at" ON "support_requests" ("first_responded_at") WHERE "first_responded_at" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_support_requests_submitted_at" ON "support_requests" ("submitted_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_support_requests_submitted_at"');
    await queryRunner.query('DROP INDEX "public"."ix_support_requests_first_responded_at"');
    await queryRunner.query('DROP INDEX "public"."ix_support_requests_resolved_at"');
    await queryRunner.query('DROP TABLE "business_days"');
  }
}
