import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportRequests1795318845044 implements MigrationInterface {
  name = 'SupportRequests1795318845044';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "support_request_themes" ("request_id" uuid NOT NULL, "theme_code" character varying(64) NOT NULL, CONSTRAINT "pk_support_request_themes" PRIMARY KEY ("request_id", "theme_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_support_request_themes_theme_code" ON "support_request_themes" ("theme_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "support_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "unit_id" uuid, "unit_description" text, "requester_contact_id" uuid, "requester_name" text, "requester_email" text, "requester_language" character varying(2) NOT NULL, "requester_verified_at" TIMESTAMP WITH TIME ZONE, "title" text NOT NULL, "description" text NOT NULL, "cpv_division_code" character(2), "cpv_code" character varying(10), "procurement_stage" character varying(32) NOT NULL, "urgency" character varying(8) NOT NULL, "source" character varying(16) NOT NULL, "status" character varying(20) NOT NULL, "region_code" character(2), "assigned_agent_user_id" uuid, "created_by_user_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_response_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolution_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_responded_at" TIMESTAMP WITH TIME ZONE, "paused_business_days" integer NOT NULL DEFAULT \'0\', "waiting_since" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "rating" smallint, "rating_comment" text, "rated_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" character varying(100), "idempotency_fingerprint" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_support_requests_assigned" CHECK ("status" = \'new\' OR "status" = \'cancelled\' OR "assigned_agent_user_id" IS NOT NULL), CONSTRAINT "ck_support_requests_rating" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5), CONSTRAINT "ck_support_requests_unit" CHECK ("unit_id" IS NOT NULL OR "unit_description" IS NOT NULL), CONSTRAINT "ck_support_requests_requester_language" CHECK ("requester_language" IN (\'fi\', \'sv\', \'en\')), CONSTRAINT "ck_support_requests_source" CHECK ("source" IN (\'web_form\', \'email\', \'phone\', \'event\', \'agent_created\')), CONSTRAINT "ck_support_requests_urgency" CHECK ("urgency" IN (\'low\', \'normal\', \'high\')), CONSTRAINT "ck_support_requests_procurement_stage" CHECK ("procurement_stage" IN (\'strategy_and_planning\', \'market_dialogue\', \'tendering\', \'contract_management\', \'evaluation\')), CONSTRAINT "ck_support_requests_status" CHECK ("status" IN (\'new\', \'assigned\', \'in_progress\', \'waiting_for_unit\', \'resolved\', \'closed\', \'cancelled\')), CONSTRAINT "pk_support_requests" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_support_requests_number" ON "support_requests" ("number") ',
    );
    await queryRunner.query('CREATE INDEX "ix_support_requests_unit_id" ON "support_requests" ("unit_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_support_requests_requester_contact_id" ON "support_requests" ("requester_contact_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_support_requests_idempotency_key" ON "support_requests" ("idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_support_requests_agent_status" ON "support_requests" ("assigned_agent_user_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_support_requests_region_status" ON "support_requests" ("region_code", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_support_requests_status_submitted_at" ON "support_requests" ("status", "submitted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "request_access_tokens" ("token_hash" character(64) NOT NULL, "request_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_request_access_tokens" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_request_access_tokens_request_id" ON "request_access_tokens" ("request_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "request_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "is_internal" boolean NOT NULL, "author_kind" character varying(10) NOT NULL, "author_user_id" uuid, "body" text, "from_status" character varying(20), "to_status" character varying(20), "from_agent_user_id" uuid, "to_agent_user_id" uuid, "reason" text, "rating" smallint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_request_events_author_kind" CHECK ("author_kind" IN (\'staff\', \'requester\', \'system\')), CONSTRAINT "ck_request_events_kind" CHECK ("kind" IN (\'created\', \'assignment\', \'status_change\', \'note\', \'message\', \'reply\', \'rating\')), CONSTRAINT "pk_request_events" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_request_events_request_created_at" ON "request_events" ("request_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "support_request_themes" ADD CONSTRAINT "fk_support_request_themes_request" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_request_themes" ADD CONSTRAINT "fk_support_request_themes_theme" FOREIGN KEY ("theme_code") REFERENCES "themes"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" ADD CONSTRAINT "fk_support_requests_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" ADD CONSTRAINT "fk_support_requests_requester_contact" FOREIGN KEY ("requester_contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" ADD CONSTRAINT "fk_support_requests_cpv_division" FOREIGN KEY ("cpv_division_code") REFERENCES "cpv_divisions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" ADD CONSTRAINT "fk_support_requests_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" ADD CONSTRAINT "fk_support_requests_agent" FOREIGN KEY ("assigned_agent_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" ADD CONSTRAINT "fk_support_requests_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "request_access_tokens" ADD CONSTRAINT "fk_request_access_tokens_request" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "request_events" ADD CONSTRAINT "fk_request_events_request" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "request_events" ADD CONSTRAINT "fk_request_events_author" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "request_events" ADD CONSTRAINT "fk_request_events_to_agent" FOREIGN KEY ("to_agent_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "request_events" DROP CONSTRAINT "fk_request_events_to_agent"');
    await queryRunner.query('ALTER TABLE "request_events" DROP CONSTRAINT "fk_request_events_author"');
    await queryRunner.query('ALTER TABLE "request_events" DROP CONSTRAINT "fk_request_events_request"');
    await queryRunner.query(
      'ALTER TABLE "request_access_tokens" DROP CONSTRAINT "fk_request_access_tokens_request"',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" DROP CONSTRAINT "fk_support_requests_created_by"',
    );
    await queryRunner.query('ALTER TABLE "support_requests" DROP CONSTRAINT "fk_support_requests_agent"');
    await queryRunner.query('ALTER TABLE "support_requests" DROP CONSTRAINT "fk_support_requests_region"');
    await queryRunner.query(
      'ALTER TABLE "support_requests" DROP CONSTRAINT "fk_support_requests_cpv_division"',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" DROP CONSTRAINT "fk_support_requests_requester_contact"',
    );
    await queryRunner.query('ALTER TABLE "support_requests" DROP CONSTRAINT "fk_support_requests_unit"');
    await queryRunner.query(
      'ALTER TABLE "support_request_themes" DROP CONSTRAINT "fk_support_request_themes_theme"',
    );
    await queryRunner.query(
      'ALTER TABLE "support_request_themes" DROP CONSTRAINT "fk_support_request_themes_request"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_request_events_request_created_at"');
    await queryRunner.query('DROP TABLE "request_events"');
    await queryRunner.query('DROP INDEX "public"."ix_request_access_tokens_request_id"');
    await queryRunner.query('DROP TABLE "request_access_tokens"');
    await queryRunner.query('DROP INDEX "public"."ix_support_requests_status_submitted_at"');
    await queryRunner.query('DROP INDEX "public"."ix_support_requests_region_status"');
    await queryRunner.query('DROP INDEX "public"."ix_support_requests_agent_status"');
    await queryRunner.query('DROP INDEX "public"."uq_support_requests_idempotency_key"');
    await queryRunner.query('DROP INDEX "public"."ix_support_requests_requester_contact_id"');
    await queryRunner.query('DROP INDEX "public"."ix_support_requests_unit_id"');
    await queryRunner.query('DROP INDEX "public"."uq_support_requests_number"');
    await queryRunner.query('DROP TABLE "support_requests"');
    await queryRunner.query('DROP INDEX "public"."ix_support_request_themes_theme_code"');
    await queryRunner.query('DROP TABLE "support_request_themes"');
  }
}
