import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxEmails1795317701419 implements MigrationInterface {
  name = 'OutboxEmails1795317701419';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outbox_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "template" character varying(60) NOT NULL, "language" character varying(2) NOT NULL, "to_address" text NOT NULL, "to_name" text, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'pending\', "attempts" smallint NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_outbox_emails_status" CHECK ("status" IN (\'pending\', \'sending\', \'sent\', \'captured\', \'failed\')), CONSTRAINT "pk_outbox_emails" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_outbox_emails_created_at" ON "outbox_emails" ("created_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_outbox_emails_due" ON "outbox_emails" ("status", "next_attempt_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_outbox_emails_due"');
    await queryRunner.query('DROP INDEX "public"."ix_outbox_emails_created_at"');
    await queryRunner.query('DROP TABLE "outbox_emails"');
  }
}
