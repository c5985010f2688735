import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Region codes become varchar(5) so NUTS-3-like codes (DE111, FI1B1) fit beside Finland's two digits.
 * Written by hand: the generated DROP/ADD COLUMN would have lost every value. The columns change type in
 * place; PostgreSQL rebuilds the indexes on them itself (ix_units_region_name_sorted and the gist index of
 * ex_agent_region_assignments_region_period included). The foreign keys are dropped and re-created so both
 * ends change type together.
 */
export class RegionCodesNuts31795334419608 implements MigrationInterface {
  name = 'RegionCodesNuts31795334419608';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipalities" DROP CONSTRAINT "fk_municipalities_region"');
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "fk_units_region"');
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" DROP CONSTRAINT "fk_agent_region_assignments_region"',
    );
    await queryRunner.query('ALTER TABLE "support_requests" DROP CONSTRAINT "fk_support_requests_region"');
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "fk_follow_ups_region"');
    await queryRunner.query('ALTER TABLE "regions" ALTER COLUMN "code" TYPE character varying(5)');
    await queryRunner.query(
      'ALTER TABLE "municipalities" ALTER COLUMN "region_code" TYPE character varying(5)',
    );
    await queryRunner.query('ALTER TABLE "units" ALTER COLUMN "region_code" TYPE character varying(5)');
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" ALTER COLUMN "region_code" TYPE character varying(5)',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" ALTER COLUMN "region_code" TYPE character varying(5)',
    );
    await queryRunner.query('ALTER TABLE "follow_ups" ALTER COLUMN "region_code" TYPE character varying(5)');
    await queryRunner.query(
      'ALTER TABLE "municipalities" ADD CONSTRAINT "fk_municipalities_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "fk_units_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" ADD CONSTRAINT "fk_agent_region_assignments_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" ADD CONSTRAINT "fk_support_requests_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "fk_follow_ups_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  // Fails ("value too long for type character(2)") while a longer code is in use, rather than cutting it.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipalities" DROP CONSTRAINT "fk_municipalities_region"');
    await queryRunner.query('ALTER TABLE "units" DROP CONSTRAINT "fk_units_region"');
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" DROP CONSTRAINT "fk_agent_region_assignments_region"',
    );
    await queryRunner.query('ALTER TABLE "support_requests" DROP CONSTRAINT "fk_support_requests_region"');
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "fk_follow_ups_region"');
    await queryRunner.query('ALTER TABLE "regions" ALTER COLUMN "code" TYPE character(2)');
    await queryRunner.query('ALTER TABLE "municipalities" ALTER COLUMN "region_code" TYPE character(2)');
    await queryRunner.query('ALTER TABLE "units" ALTER COLUMN "region_code" TYPE character(2)');
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" ALTER COLUMN "region_code" TYPE character(2)',
    );
    await queryRunner.query('ALTER TABLE "support_requests" ALTER COLUMN "region_code" TYPE character(2)');
    await queryRunner.query('ALTER TABLE "follow_ups" ALTER COLUMN "region_code" TYPE character(2)');
    await queryRunner.query(
      'ALTER TABLE "municipalities" ADD CONSTRAINT "fk_municipalities_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "units" ADD CONSTRAINT "fk_units_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agent_region_assignments" ADD CONSTRAINT "fk_agent_region_assignments_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_requests" ADD CONSTRAINT "fk_support_requests_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "fk_follow_ups_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }
}
