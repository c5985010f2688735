import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivitiesFollowUpsJobs1795325170808 implements MigrationInterface {
  name = 'ActivitiesFollowUpsJobs1795325170808';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "activity_themes" ("activity_id" uuid NOT NULL, "theme_code" character varying(64) NOT NULL, CONSTRAINT "pk_activity_themes" PRIMARY KEY ("activity_id", "theme_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_activity_themes_theme_code" ON "activity_themes" ("theme_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "activity_units" ("activity_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "activity_date" date NOT NULL, CONSTRAINT "pk_activity_units" PRIMARY KEY ("activity_id", "unit_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_activity_units_activity_date_unit_id" ON "activity_units" ("activity_date", "unit_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_activity_units_unit_id_activity_date" ON "activity_units" ("unit_id", "activity_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agent_user_id" uuid NOT NULL, "activity_date" date NOT NULL, "type" character varying(20) NOT NULL, "duration_minutes" integer NOT NULL, "participant_count" integer, "request_id" uuid, "note" text, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_activities_participant_count" CHECK ("participant_count" IS NULL OR "participant_count" >= 0), CONSTRAINT "ck_activities_duration_minutes" CHECK ("duration_minutes" BETWEEN 1 AND 1440), CONSTRAINT "ck_activities_type" CHECK ("type" IN (\'advice_call\', \'meeting\', \'workshop\', \'training\', \'event\', \'peer_review\', \'other\')), CONSTRAINT "pk_activities" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_activities_request_id" ON "activities" ("request_id") ');
    await queryRunner.query('CREATE INDEX "ix_activities_activity_date" ON "activities" ("activity_date") ');
    await queryRunner.query(
      'CREATE INDEX "ix_activities_agent_user_id_activity_date" ON "activities" ("agent_user_id", "activity_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_kind" character varying(10) NOT NULL, "unit_id" uuid, "request_id" uuid, "activity_id" uuid, "region_code" character(2), "assignee_user_id" uuid NOT NULL, "due_date" date NOT NULL, "note" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'open\', "recurrence_months" smallint, "completed_at" TIMESTAMP WITH TIME ZONE, "previous_follow_up_id" uuid, "last_reminded_on" date, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_follow_ups_recurrence_months" CHECK ("recurrence_months" IS NULL OR "recurrence_months" BETWEEN 1 AND 60), CONSTRAINT "ck_follow_ups_subject" CHECK (("subject_kind" = \'unit\' AND "unit_id" IS NOT NULL) OR ("subject_kind" = \'request\' AND "request_id" IS NOT NULL) OR ("subject_kind" = \'activity\' AND "activity_id" IS NOT NULL)), CONSTRAINT "ck_follow_ups_subject_kind" CHECK ("subject_kind" IN (\'unit\', \'request\', \'activity\')), CONSTRAINT "ck_follow_ups_status" CHECK ("status" IN (\'open\', \'done\', \'cancelled\')), CONSTRAINT "pk_follow_ups" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_follow_ups_unit_id" ON "follow_ups" ("unit_id") ');
    await queryRunner.query('CREATE INDEX "ix_follow_ups_request_id" ON "follow_ups" ("request_id") ');
    await queryRunner.query('CREATE INDEX "ix_follow_ups_activity_id" ON "follow_ups" ("activity_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_follow_ups_previous_follow_up_id" ON "follow_ups" ("previous_follow_up_id") WHERE "previous_follow_up_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_follow_ups_region_status" ON "follow_ups" ("region_code", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_follow_ups_status_due_date" ON "follow_ups" ("status", "due_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_follow_ups_assignee_status_due_date" ON "follow_ups" ("assignee_user_id", "status", "due_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "request_sla_warnings" ("request_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_request_sla_warnings_kind" CHECK ("kind" IN (\'first_response_at_risk\', \'first_response_breached\', \'resolution_at_risk\', \'resolution_breached\')), CONSTRAINT "pk_request_sla_warnings" PRIMARY KEY ("request_id", "kind", "due_at"))',
    );
    await queryRunner.query(
      'CREATE TABLE "job_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_name" character varying(40) NOT NULL, "slot" TIMESTAMP WITH TIME ZONE NOT NULL, "trigger" character varying(10) NOT NULL, "status" character varying(10) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "result" jsonb, "error" text, "triggered_by_user_id" uuid, CONSTRAINT "ck_job_runs_status" CHECK ("status" IN (\'running\', \'succeeded\', \'failed\', \'skipped\')), CONSTRAINT "ck_job_runs_trigger" CHECK ("trigger" IN (\'schedule\', \'catch_up\', \'manual\', \'baseline\')), CONSTRAINT "pk_job_runs" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_job_runs_job_name_started_at" ON "job_runs" ("job_name", "started_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_job_runs_job_name_slot" ON "job_runs" ("job_name", "slot") WHERE "trigger" <> \'manual\'',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_themes" ADD CONSTRAINT "fk_activity_themes_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_themes" ADD CONSTRAINT "fk_activity_themes_theme" FOREIGN KEY ("theme_code") REFERENCES "themes"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_units" ADD CONSTRAINT "fk_activity_units_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activity_units" ADD CONSTRAINT "fk_activity_units_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "fk_activities_agent_user" FOREIGN KEY ("agent_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "fk_activities_request" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "fk_follow_ups_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "fk_follow_ups_request" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "fk_follow_ups_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "fk_follow_ups_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "fk_follow_ups_assignee_user" FOREIGN KEY ("assignee_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "request_sla_warnings" ADD CONSTRAINT "fk_request_sla_warnings_request" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "request_sla_warnings" DROP CONSTRAINT "fk_request_sla_warnings_request"',
    );
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "fk_follow_ups_assignee_user"');
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "fk_follow_ups_region"');
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "fk_follow_ups_activity"');
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "fk_follow_ups_request"');
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "fk_follow_ups_unit"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "fk_activities_request"');
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "fk_activities_agent_user"');
    await queryRunner.query('ALTER TABLE "activity_units" DROP CONSTRAINT "fk_activity_units_unit"');
    await queryRunner.query('ALTER TABLE "activity_units" DROP CONSTRAINT "fk_activity_units_activity"');
    await queryRunner.query('ALTER TABLE "activity_themes" DROP CONSTRAINT "fk_activity_themes_theme"');
    await queryRunner.query('ALTER TABLE "activity_themes" DROP CONSTRAINT "fk_activity_themes_activity"');
    await queryRunner.query('DROP INDEX "public"."uq_job_runs_job_name_slot"');
    await queryRunner.query('DROP INDEX "public"."ix_job_runs_job_name_started_at"');
    await queryRunner.query('DROP TABLE "job_runs"');
    await queryRunner.query('DROP TABLE "request_sla_warnings"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_ups_assignee_status_due_date"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_ups_status_due_date"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_ups_region_status"');
    await queryRunner.query('DROP INDEX "public"."uq_follow_ups_previous_follow_up_id"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_ups_activity_id"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_ups_request_id"');
    await queryRunner.query('DROP INDEX "public"."ix_follow_ups_unit_id"');
    await queryRunner.query('DROP TABLE "follow_ups"');
    await queryRunner.query('DROP INDEX "public"."ix_activities_agent_user_id_activity_date"');
    await queryRunner.query('DROP INDEX "public"."ix_activities_activity_date"');
    await queryRunner.query('DROP INDEX "public"."ix_activities_request_id"');
    await queryRunner.query('DROP TABLE "activities"');
    await queryRunner.query('DROP INDEX "public"."ix_activity_units_unit_id_activity_date"');
    await queryRunner.query('DROP INDEX "public"."ix_activity_units_activity_date_unit_id"');
    await queryRunner.query('DROP TABLE "activity_units"');
    await queryRunner.query('DROP INDEX "public"."ix_activity_themes_theme_code"');
    await queryRunner.query('DROP TABLE "activity_themes"');
  }
}
