import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every sort the requests list offers reads its first page from an index (docs/performance.md, "Requests list
// sorts"). At EU scale (1 000 000 requests, 48 000 open) a coordinator sorting all requests by status, urgency,
// a due date or the last change waited 0.6–0.8 s, and the open ones 0.15–0.18 s: PostgreSQL read every matching
// row to sort them for 25. Each of those sorts now has an index on (its column, id), which the list's order
// follows in both directions (the id breaks ties in the same direction), and a partial one over the open
// requests, which the open work's lists (open, the queue, the service-level filters) read in order instead:
// walking the whole index for the few open requests among closed ones would not stop early. Sorting by number
// and by submission already had their indexes. A migration keeps its own copy of the list's expressions: the
// urgency rank and the open statuses.

const URGENCY_RANK = `(CASE urgency WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END)`;
const OPEN = `status IN ('new', 'assigned', 'in_progress', 'waiting_for_unit')`;

/** Index name suffix and the sorted expression. */
const SORTS: [name: string, expression: string][] = [
  ['status', 'status'],
  ['urgency', URGENCY_RANK],
  ['first_response_due_at', 'first_response_due_at'],
  ['resolution_due_at', 'resolution_due_at'],
  ['updated_at', 'updated_at'],
];

export class RequestListSorts1795430000000 implements MigrationInterface {
  name = 'RequestListSorts1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, expression] of SORTS) {
      await queryRunner.query(
        `CREATE INDEX "ix_support_requests_sort_${name}" ON "support_requests" (${expression}, id)`,
      );
      await queryRunner.query(
        `CREATE INDEX "ix_support_requests_open_sort_${name}" ON "support_requests" (${expression}, id) WHERE ${OPEN}`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of SORTS) {
      await queryRunner.query(`DROP INDEX "ix_support_requests_open_sort_${name}"`);
      await queryRunner.query(`DROP INDEX "ix_support_requests_sort_${name}"`);
    }
  }
}
