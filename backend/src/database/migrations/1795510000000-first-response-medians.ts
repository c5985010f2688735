import type { MigrationInterface, QueryRunner } from 'typeorm';
import { statementTriggerSql } from './1795360000000-reach-counts';

// The national dashboard shows every region's median first-response time. At EU scale it computed 1 200
// regions' medians from their histograms (migrations RequestCounts, DashboardRollups) on every call: 10 000
// histogram rows grouped, sorted and summed twice over windows, 14 of the figures statement's 22 ms of
// PostgreSQL CPU (docs/performance.md, "The EU national dashboard: first-response medians kept, and brotli's
// window"). A median is no sum: it cannot be added up from parts, but it can be kept for the periods the
// histograms are kept for.
// region_first_response_medians keeps each region's median per calendar month and per year, exact, recomputed
// from the region's histogram of that month or year by a statement trigger on the histogram, in the same
// transaction as the change. A period that is one whole month or year reads the medians of its regions from
// here; every other period, and the nation's median, still come from the histograms.
// Exactness under concurrency: a median depends on all of its histogram's rows, which concurrent transactions may
// change at once (rows of different business days). Each recomputation therefore first takes a transaction lock
// on its (kind, period, region), then computes in a new snapshot: whoever takes the lock last sees every earlier
// holder's committed change, and a change not yet visible to it belongs to a transaction that takes the lock
// after it. A region whose histogram has no requests left has no median row.

type Kind = 'month' | 'year';

/** The histogram of a kind, and its period column. */
const HISTOGRAMS: Record<Kind, { table: string; period: string }> = {
  month: { table: 'region_month_first_responses', period: 'month' },
  year: { table: 'region_year_first_responses', period: 'year' },
};

/**
 * The medians of the histogram's (period, region) pairs that meet `where`, as percentile_cont(0.5) gives them:
 * the mean of the middle two times (one when their number is odd), the time at position k being the first whose
 * running count exceeds k, for k = floor((total - 1) / 2) and floor(total / 2). The same as the dashboards' own.
 */
function mediansSql(kind: Kind, where: string): string {
  const { table, period } = HISTOGRAMS[kind];
  return `SELECT '${kind}'::varchar AS period_kind, ${period} AS period_start, region_code,
      (min(business_days) FILTER (WHERE up_to > (total - 1) / 2)
       + min(business_days) FILTER (WHERE up_to > total / 2))::float / 2 AS median
    FROM (SELECT ${period}, region_code, business_days,
                 sum(requests) OVER (PARTITION BY ${period}, region_code ORDER BY business_days) AS up_to,
                 sum(requests) OVER (PARTITION BY ${period}, region_code) AS total
          FROM ${table} WHERE requests <> 0 AND ${where}) histogram
    GROUP BY ${period}, region_code`;
}

/**
 * The lock a recomputation takes for its (kind, period, region) pair `k`: one of LOCK_BUCKETS per kind, taken in
 * their order, so that a rebuild of every median takes at most that many locks (the server's lock table is
 * finite), and pairs that share a bucket only wait for each other.
 */
const LOCK_BUCKETS = 256;
const lockBucketSql = (kind: Kind): string =>
  `(hashtext(k.period_start::text || k.region_code) & ${LOCK_BUCKETS - 1}) + ${kind === 'month' ? 0 : LOCK_BUCKETS}`;

/** The trigger function recomputing the medians of the (period, region) pairs a statement changed. */
function triggerFunctionSql(kind: Kind): string {
  const { table, period } = HISTOGRAMS[kind];
  const keys = (rows: string): string => `SELECT ${period}, region_code FROM ${rows}`;
  const recompute = (touched: string): string => {
    const pairs = `SELECT DISTINCT ${period} AS period_start, region_code FROM (${touched}) touched`;
    return `
      PERFORM pg_advisory_xact_lock(hashtext('first_response_medians'), k.bucket)
      FROM (SELECT DISTINCT ${lockBucketSql(kind)} AS bucket FROM (${pairs}) k ORDER BY 1) k;
      IF NOT FOUND THEN
        RETURN NULL;
      END IF;
      -- A new statement, so a new snapshot: it sees what the lock's earlier holders committed.
      WITH computed AS (
        ${mediansSql(kind, `(${period}, region_code) IN (SELECT period_start, region_code FROM (${pairs}) k)`)}),
      emptied AS (
        DELETE FROM region_first_response_medians m
        USING (${pairs}) k
        WHERE m.period_kind = '${kind}' AND m.period_start = k.period_start AND m.region_code = k.region_code
          AND NOT EXISTS (SELECT FROM computed c
                          WHERE c.period_start = k.period_start AND c.region_code = k.region_code))
      INSERT INTO region_first_response_medians (period_kind, period_start, region_code, median)
      SELECT * FROM computed ORDER BY 2, 3
      ON CONFLICT (period_kind, period_start, region_code) DO UPDATE SET median = excluded.median
        WHERE region_first_response_medians.median <> excluded.median;`;
  };
  return `CREATE FUNCTION ${table}_medians() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      ${recompute(keys('new_rows'))}
    ELSIF TG_OP = 'DELETE' THEN
      ${recompute(keys('old_rows'))}
    ELSE
      ${recompute(`${keys('new_rows')} UNION ALL ${keys('old_rows')}`)}
    END IF;
    RETURN NULL;
  END $$`;
}

const FUNCTIONS = [
  triggerFunctionSql('month'),
  triggerFunctionSql('year'),
  // A histogram emptied by TRUNCATE (its rebuild) takes its kind's medians along.
  `CREATE FUNCTION first_response_histogram_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM region_first_response_medians
    WHERE period_kind = CASE TG_TABLE_NAME WHEN '${HISTOGRAMS.month.table}' THEN 'month' ELSE 'year' END;
    RETURN NULL;
  END $$`,
  // Recomputes every median from the histograms (the backfill; after bulk loads).
  `CREATE FUNCTION rebuild_first_response_medians() RETURNS void LANGUAGE plpgsql SET work_mem = '256MB' AS $$
  BEGIN
    TRUNCATE region_first_response_medians;
    INSERT INTO region_first_response_medians (period_kind, period_start, region_code, median)
    ${mediansSql('month', 'true')}
    UNION ALL
    ${mediansSql('year', 'true')};
  END $$`,
];

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'];

export class FirstResponseMedians1795510000000 implements MigrationInterface {
  name = 'FirstResponseMedians1795510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "region_first_response_medians" ("period_kind" varchar(5) NOT NULL, "period_start" date NOT NULL, "region_code" varchar(5) NOT NULL, "median" double precision NOT NULL, CONSTRAINT "ck_region_first_response_medians_period_kind" CHECK ("period_kind" IN ('month', 'year')), CONSTRAINT "pk_region_first_response_medians" PRIMARY KEY ("period_kind", "period_start", "region_code") INCLUDE ("median"))`,
    );
    for (const fn of FUNCTIONS) {
      await queryRunner.query(fn);
    }
    await queryRunner.query('SELECT rebuild_first_response_medians()');
    for (const { table } of Object.values(HISTOGRAMS)) {
      for (const event of EVENTS) {
        await queryRunner.query(statementTriggerSql(table, 'medians', `${table}_medians`, event));
      }
      await queryRunner.query(
        `CREATE TRIGGER "tg_${table}_medians_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION first_response_histogram_truncated()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of Object.values(HISTOGRAMS)) {
      for (const event of [...EVENTS, 'TRUNCATE']) {
        await queryRunner.query(`DROP TRIGGER "tg_${table}_medians_${event.toLowerCase()}" ON "${table}"`);
      }
      await queryRunner.query(`DROP FUNCTION ${table}_medians()`);
    }
    await queryRunner.query('DROP FUNCTION rebuild_first_response_medians()');
    await queryRunner.query('DROP FUNCTION first_response_histogram_truncated()');
    await queryRunner.query('DROP TABLE "region_first_response_medians"');
  }
}
