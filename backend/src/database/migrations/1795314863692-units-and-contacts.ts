import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitsAndContacts1795314863692 implements MigrationInterface {
  name = 'UnitsAndContacts1795314863692';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Typo-tolerant unit search: the Finnish name has a trigram GiST index, which both filters (<%) and
    // returns the nearest names first (<->> ordering, top-k without scoring every match); the Swedish name
    // only filters (GIN). Business IDs match by prefix through a pattern index.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE INDEX "ix_units_name_fi_trgm" ON "units" USING gist ("name_fi" gist_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_units_name_sv_trgm" ON "units" USING gin ("name_sv" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_units_business_id_pattern" ON "units" ("business_id" varchar_pattern_ops)',
    );
    // Lists sorted by name in Finnish collation, across the country or within a region, read in index order.
    await queryRunner.query(
      'CREATE INDEX "ix_units_name_sorted" ON "units" (("name_fi" COLLATE "fi-FI-x-icu"), "id")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_units_region_name_sorted" ON "units" ("region_code", ("name_fi" COLLATE "fi-FI-x-icu"), "id")',
    );
    await queryRunner.query(
      'CREATE TABLE "contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "name" text, "email" text, "phone" text, "title" text, "preferred_language" character varying(2) NOT NULL DEFAULT \'fi\', "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_contacts_preferred_language" CHECK ("preferred_language" IN (\'fi\', \'sv\', \'en\')), CONSTRAINT "pk_contacts" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_contacts_unit_id" ON "contacts" ("unit_id") ');
    await queryRunner.query('CREATE INDEX "ix_contacts_email" ON "contacts" ("email") ');
    await queryRunner.query(
      'ALTER TABLE "contacts" ADD CONSTRAINT "fk_contacts_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_units_region_name_sorted"');
    await queryRunner.query('DROP INDEX "public"."ix_units_name_sorted"');
    await queryRunner.query('DROP INDEX "public"."ix_units_business_id_pattern"');
    await queryRunner.query('DROP INDEX "public"."ix_units_name_sv_trgm"');
    await queryRunner.query('DROP INDEX "public"."ix_units_name_fi_trgm"');
    await queryRunner.query('ALTER TABLE "contacts" DROP CONSTRAINT "fk_contacts_unit"');
    await queryRunner.query('DROP INDEX "public"."ix_contacts_email"');
    await queryRunner.query('DROP INDEX "public"."ix_contacts_unit_id"');
    await queryRunner.query('DROP TABLE "contacts"');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
