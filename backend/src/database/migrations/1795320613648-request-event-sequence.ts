import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RequestEventSequence1795320613648 implements MigrationInterface {
  name = 'RequestEventSequence1795320613648';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_request_events_request_created_at"');
    await queryRunner.query('ALTER TABLE "request_events" ADD "sequence" BIGSERIAL NOT NULL');
    await queryRunner.query(
      'CREATE INDEX "ix_request_events_request_created_at" ON "request_events" ("request_id", "created_at", "sequence") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_request_events_request_created_at"');
    await queryRunner.query('ALTER TABLE "request_events" DROP COLUMN "sequence"');
    await queryRunner.query(
      'CREATE INDEX "ix_request_events_request_created_at" ON "request_events" ("created_at", "request_id") ',
    );
  }
}
