import type { MigrationInterface, QueryRunner } from 'typeorm';

// Typeahead within one region (an agent's units) at EU scale (docs/performance.md, "Typeahead"): a GiST index
// on the region and the Finnish name's trigrams together, so the nearest names of one region come straight
// from the index instead of walking the nearest names of all regions and discarding the others. `btree_gist`
// (migration AccountsAndAudit) gives GiST the equality on the region code.
export class UnitRegionTrigramIndex1795400000000 implements MigrationInterface {
  name = 'UnitRegionTrigramIndex1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_units_region_name_fi_trgm" ON "units" USING gist ("region_code", "name_fi" gist_trgm_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_units_region_name_fi_trgm"');
  }
}
