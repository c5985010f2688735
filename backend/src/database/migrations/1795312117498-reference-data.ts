import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceData1795312117498 implements MigrationInterface {
  name = 'ReferenceData1795312117498';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cpv_divisions" ("code" character(2) NOT NULL, "cpv_code" character varying(10) NOT NULL, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, CONSTRAINT "pk_cpv_divisions" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_cpv_divisions_cpv_code" ON "cpv_divisions" ("cpv_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "regions" ("code" character(2) NOT NULL, "nuts3_code" character varying(5) NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "pk_regions" PRIMARY KEY ("code"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_regions_nuts3_code" ON "regions" ("nuts3_code") ');
    await queryRunner.query(
      'CREATE TABLE "municipalities" ("code" character(3) NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, "region_code" character(2) NOT NULL, CONSTRAINT "pk_municipalities" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_municipalities_region_code" ON "municipalities" ("region_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "themes" ("code" character varying(64) NOT NULL, "sort_order" smallint NOT NULL, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, CONSTRAINT "pk_themes" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'ALTER TABLE "municipalities" ADD CONSTRAINT "fk_municipalities_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipalities" DROP CONSTRAINT "fk_municipalities_region"');
    await queryRunner.query('DROP TABLE "themes"');
    await queryRunner.query('DROP INDEX "public"."ix_municipalities_region_code"');
    await queryRunner.query('DROP TABLE "municipalities"');
    await queryRunner.query('DROP INDEX "public"."uq_regions_nuts3_code"');
    await queryRunner.query('DROP TABLE "regions"');
    await queryRunner.query('DROP INDEX "public"."uq_cpv_divisions_cpv_code"');
    await queryRunner.query('DROP TABLE "cpv_divisions"');
  }
}
