import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndAudit1795314369910 implements MigrationInterface {
  name = 'AccountsAndAudit1795314369910';

  async up(queryRunner: QueryRunner): Promise<void> {
    // btree_gist lets one exclusion constraint combine equality on region_code with overlap of periods.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query(
      'CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name_fi" text NOT NULL, "name_sv" text, "business_id" character varying(9) NOT NULL, "type" character varying(40) NOT NULL, "municipality_code" character(3), "region_code" character(2) NOT NULL, "estimated_annual_spend" numeric(14,2), "website" text, "is_active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_units_estimated_annual_spend" CHECK ("estimated_annual_spend" IS NULL OR "estimated_annual_spend" >= 0), CONSTRAINT "ck_units_type" CHECK ("type" IN (\'municipality\', \'wellbeing_services_county\', \'joint_municipal_authority\', \'state_agency\', \'municipal_company\', \'university_or_public_body\', \'other\')), CONSTRAINT "pk_units" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_units_business_id" ON "units" ("business_id") ');
    await queryRunner.query('CREATE INDEX "ix_units_region_code" ON "units" ("region_code") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" character varying(16) NOT NULL, "preferred_language" character varying(2) NOT NULL DEFAULT \'fi\', "is_active" boolean NOT NULL DEFAULT true, "password_hash" text, "unit_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_users_unit" CHECK (("role" = \'unit\') = ("unit_id" IS NOT NULL)), CONSTRAINT "ck_users_preferred_language" CHECK ("preferred_language" IN (\'fi\', \'sv\', \'en\')), CONSTRAINT "ck_users_role" CHECK ("role" IN (\'agent\', \'unit\', \'coordinator\', \'ministry\')), CONSTRAINT "pk_users" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email") ');
    await queryRunner.query('CREATE INDEX "ix_users_role" ON "users" ("role") ');
    await queryRunner.query('CREATE INDEX "ix_users_unit_id" ON "users" ("unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "agents" ("user_id" uuid NOT NULL, "host_organisation" text NOT NULL, "monthly_capacity_hours" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_agents_monthly_capacity_hours" CHECK ("monthly_capacity_hours" BETWEEN 0 AND 744), CONSTRAINT "pk_agents" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_region_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agent_user_id" uuid NOT NULL, "region_code" character(2) NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_agent_region_assignments_period" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "ex_agent_region_assignments_region_period" EXCLUDE USING gist ("region_code" WITH =, daterange("valid_from", "valid_to", \'[]\') WITH &&), CONSTRAINT "pk_agent_region_assignments" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_agent_region_assignments_agent_user_id" ON "agent_region_assignments" ("agent_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "action" character varying(32) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" text NOT NULL, "changes" jsonb NOT NULL, "request_id" text, CONSTRAINT "pk_audit_events" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_events_occurred_at" ON "audit_events" ("occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_actor" ON "audit_events" ("actor_user_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_entity" ON "audit_events" ("entity_type", "entity_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" character(64) NOT NULL, "prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_api_tokens" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_api_tokens_user_id" ON "api_tokens" ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_api_tokens_token_hash" ON "api_tokens" ("token_hash") ');
    await queryRunner.query(
      'CREATE TABLE "password_setup_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_password_setup_tokens" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_password_setup_tokens_user_id" ON "password_setup_tokens" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_password_setup_tokens_token_hash" ON "password_setup_tokens" ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "csrf_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_sessions" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query('CREATE INDEX "ix_sessions_user_id" ON "sessions" ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "fk_units_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "fk_units_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "fk_users_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agents" ADD CONSTRAINT "fk_agents_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" ADD CONSTRAINT "fk_agent_region_assignments_agent" FOREIGN KEY ("agent_user_id") REFERENCES "agents"("user_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" ADD CONSTRAINT "fk_agent_region_assignments_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_events" ADD CONSTRAINT "fk_audit_events_actor" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_tokens" ADD CONSTRAINT "fk_api_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "password_setup_tokens" ADD CONSTRAINT "fk_password_setup_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Login rate-limit counters of rate-limiter-flexible (RateLimiterPostgres), shared by all instances.
    await queryRunner.query(
      'CREATE TABLE "login_throttle" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "pk_login_throttle" PRIMARY KEY ("key"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "login_throttle"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"');
    await queryRunner.query(
      'ALTER TABLE "password_setup_tokens" DROP CONSTRAINT "fk_password_setup_tokens_user"',
    );
    await queryRunner.query('ALTER TABLE "api_tokens" DROP CONSTRAINT "fk_api_tokens_user"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP CONSTRAINT "fk_audit_events_actor"');
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" DROP CONSTRAINT "fk_agent_region_assignments_region"',
    );
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" DROP CONSTRAINT "fk_agent_region_assignments_agent"',
    );
    await queryRunner.query('ALTER TABLE "agents" DROP CONSTRAINT "fk_agents_user"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "fk_users_unit"');
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "fk_units_region"');
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "fk_units_municipality"');
    await queryRunner.query('DROP INDEX "public"."ix_sessions_user_id"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."uq_password_setup_tokens_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_password_setup_tokens_user_id"');
    await queryRunner.query('DROP TABLE "password_setup_tokens"');
    await queryRunner.query('DROP INDEX "public"."uq_api_tokens_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_api_tokens_user_id"');
    await queryRunner.query('DROP TABLE "api_tokens"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_entity"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_actor"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_occurred_at"');
    await queryRunner.query('DROP TABLE "audit_events"');
    await queryRunner.query('DROP INDEX "public"."ix_agent_region_assignments_agent_user_id"');
    await queryRunner.query('DROP TABLE "agent_region_assignments"');
    await queryRunner.query('DROP TABLE "agents"');
    await queryRunner.query('DROP INDEX "public"."ix_users_unit_id"');
    await queryRunner.query('DROP INDEX "public"."ix_users_role"');
    await queryRunner.query('DROP INDEX "public"."uq_users_email"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."ix_units_region_code"');
    await queryRunner.query('DROP INDEX "public"."uq_units_business_id"');
    await queryRunner.query('DROP TABLE "units"');
    await queryRunner.query('DROP EXTENSION IF EXISTS btree_gist');
  }
}
