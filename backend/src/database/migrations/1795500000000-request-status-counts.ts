import type { MigrationInterface, QueryRunner } from 'typeorm';
import { statementTriggerSql } from './1795360000000-reach-counts';

// The requests list shows the number of all requests matching its filters on every page. A coordinator's list
// over the whole network counted them row by row: at EU scale 48 000 open requests (7.4 of the page's 7.8 ms) or
// all 1 000 000 (docs/performance.md, "The requests list's totals"). request_status_counts keeps the number of
// requests per status and region, exact, written by a statement trigger in the same transaction as the change,
// like the dashboards' counts; a list whose filters are only the status, open or not, and the region reads its
// total from it (requests/request-list.sql.ts). Requests without a region yet count under region ''.
// A change takes the request away from its old status and region and adds it to its new ones; changes that keep
// both touch no counts. Counts that go to zero stay as rows.

/** Adds the requests in relation `changes` (`status`, `region_code`, `sign`: 1 to add, -1 to take away). */
function addCountsSql(changes: string): string {
  return `INSERT INTO request_status_counts (status, region_code, requests)
    SELECT status, coalesce(region_code, ''), sum(sign)
    FROM (${changes}) c
    GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (status, region_code) DO UPDATE SET requests = request_status_counts.requests + excluded.requests`;
}

const FUNCTIONS = [
  `CREATE FUNCTION support_requests_status_counts() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      ${addCountsSql('SELECT status, region_code, 1 AS sign FROM new_rows')};
    ELSIF TG_OP = 'DELETE' THEN
      ${addCountsSql('SELECT status, region_code, -1 AS sign FROM old_rows')};
    ELSE
      ${addCountsSql(`SELECT side.status, side.region_code, side.sign
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (SELECT o.status, o.region_code, -1 AS sign UNION ALL SELECT n.status, n.region_code, 1) side
        WHERE (n.status, n.region_code) IS DISTINCT FROM (o.status, o.region_code)`)};
    END IF;
    RETURN NULL;
  END $$`,
  // Recomputes the counts from the requests (the backfill; after bulk loads).
  `CREATE FUNCTION rebuild_request_status_counts() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE request_status_counts;
    ${addCountsSql('SELECT status, region_code, 1 AS sign FROM support_requests')};
  END $$`,
];

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'];

export class RequestStatusCounts1795500000000 implements MigrationInterface {
  name = 'RequestStatusCounts1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "request_status_counts" ("status" varchar(20) NOT NULL, "region_code" varchar(5) NOT NULL, "requests" integer NOT NULL, CONSTRAINT "pk_request_status_counts" PRIMARY KEY ("status", "region_code") INCLUDE ("requests"))',
    );
    for (const fn of FUNCTIONS) {
      await queryRunner.query(fn);
    }
    await queryRunner.query('SELECT rebuild_request_status_counts()');
    for (const event of EVENTS) {
      await queryRunner.query(
        statementTriggerSql('support_requests', 'status_counts', 'support_requests_status_counts', event),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of EVENTS) {
      await queryRunner.query(
        `DROP TRIGGER "tg_support_requests_status_counts_${event.toLowerCase()}" ON "support_requests"`,
      );
    }
    await queryRunner.query('DROP FUNCTION rebuild_request_status_counts()');
    await queryRunner.query('DROP FUNCTION support_requests_status_counts()');
    await queryRunner.query('DROP TABLE "request_status_counts"');
  }
}
