import type { MigrationInterface, QueryRunner } from 'typeorm';
import { statementTriggerSql } from './1795360000000-reach-counts';

// Requests received per theme, region and Helsinki month of submission (docs/performance.md, "Request counts"),
// for the dashboards' figures by theme, kept by triggers in the writing transaction:
// - a request's themes added or removed count at its month and region (themes are replaced by deleting and
//   inserting them, so an edit is a removal and an addition);
// - a request whose submission month or region changes moves its themes' counts;
// - a request without a region yet counts under region '' (in the total, in no region);
// - a deleted request is counted out before the delete cascades to its themes (when those rows go, the request
//   is gone and the themes' trigger finds nothing to count).

const HELSINKI = `'Europe/Helsinki'`;
const MONTH = `date_trunc('month', r.submitted_at AT TIME ZONE ${HELSINKI})::date`;
const UPSERT = 'INSERT INTO theme_month_requests (month, theme_code, region_code, received)';
const ADD = `ON CONFLICT (month, theme_code, region_code) DO UPDATE
  SET received = theme_month_requests.received + excluded.received`;

/** Adds `sign` × the themes of the requests `r` (a relation with id, submitted_at, region_code) to the counts. */
const addThemesSql = (requests: string, sign: string): string => `${UPSERT}
  SELECT ${MONTH}, t.theme_code, coalesce(r.region_code, ''), ${sign} * count(*)
  FROM ${requests} JOIN support_request_themes t ON t.request_id = r.id
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ${ADD}`;

export class RequestThemeCounts1795380000000 implements MigrationInterface {
  name = 'RequestThemeCounts1795380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "theme_month_requests" ("month" date NOT NULL, "theme_code" varchar(64) NOT NULL, "region_code" varchar(5) NOT NULL, "received" integer NOT NULL, CONSTRAINT "pk_theme_month_requests" PRIMARY KEY ("month", "theme_code", "region_code") INCLUDE ("received"))',
    );
    await queryRunner.query(`CREATE FUNCTION support_request_themes_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${UPSERT}
          SELECT ${MONTH}, n.theme_code, coalesce(r.region_code, ''), count(*)
          FROM new_rows n JOIN support_requests r ON r.id = n.request_id
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ${ADD};
        ELSE
          ${UPSERT}
          SELECT ${MONTH}, o.theme_code, coalesce(r.region_code, ''), -count(*)
          FROM old_rows o JOIN support_requests r ON r.id = o.request_id
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ${ADD};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION support_requests_theme_counts_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${UPSERT}
        SELECT month, theme_code, region_code, sum(change)
        FROM (SELECT date_trunc('month', o.submitted_at AT TIME ZONE ${HELSINKI})::date AS month, t.theme_code,
                     coalesce(o.region_code, '') AS region_code, -1 AS change
              FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN support_request_themes t ON t.request_id = n.id
              WHERE (n.submitted_at, n.region_code) IS DISTINCT FROM (o.submitted_at, o.region_code)
              UNION ALL
              SELECT date_trunc('month', n.submitted_at AT TIME ZONE ${HELSINKI})::date, t.theme_code, coalesce(n.region_code, ''), 1
              FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN support_request_themes t ON t.request_id = n.id
              WHERE (n.submitted_at, n.region_code) IS DISTINCT FROM (o.submitted_at, o.region_code)) moves
        GROUP BY 1, 2, 3 HAVING sum(change) <> 0 ORDER BY 1, 2, 3
        ${ADD};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION support_requests_theme_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${addThemesSql('(SELECT OLD.id, OLD.submitted_at, OLD.region_code) r', '-1')};
        RETURN OLD;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION rebuild_request_theme_counts() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE theme_month_requests;
        ${addThemesSql('support_requests r', '1')};
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION rebuild_dashboard_aggregates() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rebuild_reach_months_and_minutes();
        PERFORM rebuild_reach_counts();
        PERFORM rebuild_request_counts();
        PERFORM rebuild_request_theme_counts();
      END $$`);
    await queryRunner.query('SELECT rebuild_request_theme_counts()');
    for (const event of ['INSERT', 'DELETE']) {
      await queryRunner.query(
        statementTriggerSql('support_request_themes', 'counts', 'support_request_themes_counts', event),
      );
    }
    await queryRunner.query(
      statementTriggerSql(
        'support_requests',
        'theme_counts',
        'support_requests_theme_counts_moved',
        'UPDATE',
      ),
    );
    await queryRunner.query(`CREATE TRIGGER "tg_support_requests_theme_counts_delete" BEFORE DELETE ON "support_requests"
      FOR EACH ROW EXECUTE FUNCTION support_requests_theme_counts_deleted()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "tg_support_requests_theme_counts_delete" ON "support_requests"');
    await queryRunner.query('DROP TRIGGER "tg_support_requests_theme_counts_update" ON "support_requests"');
    await queryRunner.query(
      'DROP TRIGGER "tg_support_request_themes_counts_delete" ON "support_request_themes"',
    );
    await queryRunner.query(
      'DROP TRIGGER "tg_support_request_themes_counts_insert" ON "support_request_themes"',
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION rebuild_dashboard_aggregates() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM rebuild_reach_months_and_minutes();
        PERFORM rebuild_reach_counts();
        PERFORM rebuild_request_counts();
      END $$`);
    await queryRunner.query('DROP FUNCTION rebuild_request_theme_counts()');
    await queryRunner.query('DROP FUNCTION support_requests_theme_counts_deleted()');
    await queryRunner.query('DROP FUNCTION support_requests_theme_counts_moved()');
    await queryRunner.query('DROP FUNCTION support_request_themes_counts()');
    await queryRunner.query('DROP TABLE "theme_month_requests"');
  }
}
