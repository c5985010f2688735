import type { MigrationInterface, QueryRunner } from 'typeorm';

// Unit search plans (docs/performance.md, "Typeahead"): pg_trgm declares its word-similarity operators as cheap
// as `=` (COST 1), while each call compares trigram sets (about 3.5 µs on a unit name here, a hundred times an
// equality). Believing that, the planner read a whole region through its B-tree and tested every name (0.9 ms
// a region nationally) instead of letting the trigram index find the few that match (0.2 ms). Telling it the
// real cost lets it choose. Only the planner's estimates change, never a result. The extension belongs to the
// role that created it (this schema's owner, migration UnitsAndContacts); where another role created it and
// this one may not alter its functions, the hint is skipped and plans stay as they were.
const FUNCTIONS = [
  'word_similarity_op(text, text)',
  'word_similarity_commutator_op(text, text)',
  'word_similarity_dist_op(text, text)',
  'word_similarity_dist_commutator_op(text, text)',
];

function setCostSql(cost: number): string {
  return `DO $$
    BEGIN
      ${FUNCTIONS.map((signature) => `ALTER FUNCTION ${signature} COST ${cost};`).join('\n      ')}
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'pg_trgm word-similarity costs left unchanged: %', SQLERRM;
    END $$`;
}

export class TrigramCosts1795410000000 implements MigrationInterface {
  name = 'TrigramCosts1795410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(setCostSql(100));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(setCostSql(1));
  }
}
