import type { MigrationInterface, QueryRunner } from 'typeorm';
import { statementTriggerSql } from './1795360000000-reach-counts';

// Request figures per region and Helsinki month (docs/performance.md, "Request counts"), kept by a trigger in
// the writing transaction like the other dashboard pre-aggregates:
// - region_month_requests: requests received (by submission), resolved (by resolution) and resolved within
//   both service levels, per month of those instants;
// - region_month_first_responses: a histogram of first-response times in business days, per month of the first
//   response, from which the median is exact.
// Requests without a region yet count under region '' (in the total, in no region), as they did before.
// A change of a request takes its old figures away and adds its new ones; changes that leave them as they were
// touch no counts.

const HELSINKI = `'Europe/Helsinki'`;

const monthOf = (instant: string): string => `date_trunc('month', ${instant} AT TIME ZONE ${HELSINKI})::date`;
const ordinalOf = (instant: string): string =>
  `(SELECT ordinal FROM business_days WHERE day = (${instant} AT TIME ZONE ${HELSINKI})::date)`;

/** A request's region; '' while it has none (its unit not yet known): it then counts in the total only. */
const REGION = `coalesce(region_code, '')`;

/** The columns a request's figures depend on. */
const FIGURE_COLUMNS = [
  'region_code',
  'submitted_at',
  'first_responded_at',
  'resolved_at',
  'first_response_due_at',
  'resolution_due_at',
];

/**
 * Adds the figures of the requests in relation `changes` (the figure columns and `sign`: 1 to add, -1 to take
 * away) to the monthly counts; sums of zero are not written.
 */
function addFiguresSql(changes: string): string {
  return `WITH c AS (${changes}),
    counted AS (
      INSERT INTO region_month_requests (month, region_code, received, resolved, sla_met)
      SELECT month, region_code, sum(received), sum(resolved), sum(sla_met)
      FROM (SELECT ${monthOf('submitted_at')} AS month, ${REGION} AS region_code, sign AS received, 0 AS resolved,
                   0 AS sla_met
            FROM c
            UNION ALL
            SELECT ${monthOf('resolved_at')}, ${REGION}, 0, sign,
                   CASE WHEN first_responded_at <= first_response_due_at AND resolved_at <= resolution_due_at
                        THEN sign ELSE 0 END
            FROM c WHERE resolved_at IS NOT NULL) figures
      GROUP BY 1, 2
      HAVING sum(received) <> 0 OR sum(resolved) <> 0 OR sum(sla_met) <> 0
      ORDER BY 1, 2
      ON CONFLICT (month, region_code) DO UPDATE
        SET received = region_month_requests.received + excluded.received,
            resolved = region_month_requests.resolved + excluded.resolved,
            sla_met = region_month_requests.sla_met + excluded.sla_met)
    INSERT INTO region_month_first_responses (month, region_code, business_days, requests)
    SELECT ${monthOf('first_responded_at')}, ${REGION},
           ${ordinalOf('first_responded_at')} - ${ordinalOf('submitted_at')}, sum(sign)
    FROM c WHERE first_responded_at IS NOT NULL
    GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (month, region_code, business_days) DO UPDATE
      SET requests = region_month_first_responses.requests + excluded.requests`;
}

const columnsOf = (alias: string): string => FIGURE_COLUMNS.map((column) => `${alias}.${column}`).join(', ');

const FUNCTIONS = [
  `CREATE FUNCTION support_requests_counts() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      ${addFiguresSql(`SELECT ${columnsOf('n')}, 1 AS sign FROM new_rows n`)};
    ELSIF TG_OP = 'DELETE' THEN
      ${addFiguresSql(`SELECT ${columnsOf('o')}, -1 AS sign FROM old_rows o`)};
    ELSE
      ${addFiguresSql(`SELECT ${columnsOf('side')}, side.sign
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (SELECT ${columnsOf('o')}, -1 AS sign UNION ALL SELECT ${columnsOf('n')}, 1) side
        WHERE (${columnsOf('n')}) IS DISTINCT FROM (${columnsOf('o')})`)};
    END IF;
    RETURN NULL;
  END $$`,
  // Recomputes the counts from the requests (the backfill; after bulk loads).
  `CREATE FUNCTION rebuild_request_counts() RETURNS void LANGUAGE plpgsql SET work_mem = '256MB' AS $$
  BEGIN
    TRUNCATE region_month_requests, region_month_first_responses;
    ${addFiguresSql(`SELECT ${columnsOf('r')}, 1 AS sign FROM support_requests r`)};
  END $$`,
  `CREATE OR REPLACE FUNCTION rebuild_dashboard_aggregates() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM rebuild_reach_months_and_minutes();
    PERFORM rebuild_reach_counts();
    PERFORM rebuild_request_counts();
  END $$`,
];

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'];

export class RequestCounts1795370000000 implements MigrationInterface {
  name = 'RequestCounts1795370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "region_month_requests" ("month" date NOT NULL, "region_code" varchar(5) NOT NULL, "received" integer NOT NULL, "resolved" integer NOT NULL, "sla_met" integer NOT NULL, CONSTRAINT "pk_region_month_requests" PRIMARY KEY ("month", "region_code") INCLUDE ("received", "resolved", "sla_met"))',
    );
    await queryRunner.query(
      'CREATE TABLE "region_month_first_responses" ("month" date NOT NULL, "region_code" varchar(5) NOT NULL, "business_days" integer NOT NULL, "requests" integer NOT NULL, CONSTRAINT "pk_region_month_first_responses" PRIMARY KEY ("month", "region_code", "business_days") INCLUDE ("requests"))',
    );
    for (const fn of FUNCTIONS) {
      await queryRunner.query(fn);
    }
    await queryRunner.query('SELECT rebuild_request_counts()');
    for (const event of EVENTS) {
      await queryRunner.query(
        statementTriggerSql('support_requests', 'counts', 'support_requests_counts', event),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of EVENTS) {
      await queryRunner.query(
        `DROP TRIGGER "tg_support_requests_counts_${event.toLowerCase()}" ON "support_requests"`,
      );
    }
    await queryRunner.query(`CREATE OR REPLACE FUNCTION rebuild_dashboard_aggregates() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rebuild_reach_months_and_minutes();
        PERFORM rebuild_reach_counts();
      END $$`);
    await queryRunner.query('DROP FUNCTION rebuild_request_counts()');
    await queryRunner.query('DROP FUNCTION support_requests_counts()');
    await queryRunner.query('DROP TABLE "region_month_first_responses"');
    await queryRunner.query('DROP TABLE "region_month_requests"');
  }
}
