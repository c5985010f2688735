import type { MigrationInterface, QueryRunner } from 'typeorm';

// Exact distinct reach per calendar month, quarter and year (docs/performance.md, "Reach counts"), so that a
// dashboard reads a few rows per region instead of every unit's reach months:
// - reach_counts: per period, theme ('' for any theme), region and unit type, how many active units were
//   reached (had a day bit in unit_reach_months, or in unit_theme_reach_months for the theme, in the period);
// - active_unit_counts: per region and unit type, how many units are active.
// refresh_unit_reach now merges the recomputed reach months into their tables (rows that did not change are not
// rewritten) and adds the difference to the counts in the same statement: a unit's first month in a period
// adds one, its last month removed takes one away. A unit changing region, type or activity moves its counts.
// Like the DashboardAggregates migration, this one keeps its own copy of the reach definition: a migration must
// not depend on code that changes later.

const HELSINKI = `'Europe/Helsinki'`;
/** The (unit, month) pairs a refresh is asked for, as the CTE `pairs`. */
const PAIRS = 'WITH pairs AS (SELECT DISTINCT * FROM unnest(p_units, p_months) AS pairs(unit_id, month))';
const DAY_BIT = `bit_or(1 << (extract(day FROM day)::int - 1))`;

/** The month, quarter and year of month `month` as (kind, start, until) rows, until exclusive. */
export const periodsOf = (month: string): string => `(VALUES
  ('month', ${month}, (${month} + interval '1 month')::date),
  ('quarter', date_trunc('quarter', ${month})::date, (date_trunc('quarter', ${month}) + interval '3 months')::date),
  ('year', date_trunc('year', ${month})::date, (date_trunc('year', ${month}) + interval '1 year')::date))`;

const COUNT_KEY = 'period_kind, period_start, theme_code, region_code, unit_type';
const ADD_TO_COUNTS = `ON CONFLICT (${COUNT_KEY}) DO UPDATE SET units = reach_counts.units + excluded.units`;
const ADD_TO_ACTIVE = `ON CONFLICT (region_code, unit_type)
  DO UPDATE SET units = active_unit_counts.units + excluded.units`;

/** The days the units of `pairs` (unit_id, month) were reached in those months, with the themes when asked. */
function reachDaysSql(themed: boolean): string {
  return `SELECT au.unit_id, au.activity_date AS day${themed ? ', t.theme_code' : ''}
    FROM pairs p JOIN activity_units au ON au.unit_id = p.unit_id
      AND au.activity_date >= p.month AND au.activity_date < (p.month + interval '1 month')::date
    ${themed ? 'JOIN activity_themes t ON t.activity_id = au.activity_id' : ''}
    UNION ALL
    SELECT r.unit_id, (r.resolved_at AT TIME ZONE ${HELSINKI})::date${themed ? ', t.theme_code' : ''}
    FROM pairs p JOIN support_requests r ON r.unit_id = p.unit_id
      AND r.resolved_at >= (p.month::timestamp AT TIME ZONE ${HELSINKI})
      AND r.resolved_at < ((p.month + interval '1 month')::timestamp AT TIME ZONE ${HELSINKI})
    ${themed ? 'JOIN support_request_themes t ON t.request_id = r.id' : ''}`;
}

/**
 * The CTEs of mergeReachSql up to `moves`: the reach months of the (unit, month) pairs `p_units` × `p_months`
 * recomputed and merged (only what changed written), and per unit (and theme) and period the change of its
 * count, `delta` (1 entered, -1 left, 0 unchanged). Every part reads the state before the statement.
 */
export function reachMovesSql(themed: boolean): string {
  const table = themed ? 'unit_theme_reach_months' : 'unit_reach_months';
  const key = themed ? ['month', 'theme_code', 'unit_id'] : ['month', 'unit_id'];
  const reacher = themed ? ['unit_id', 'theme_code'] : ['unit_id'];
  const list = (alias: string, columns: string[]): string => columns.map((c) => `${alias}.${c}`).join(', ');
  const same = (a: string, b: string): string => key.map((c) => `${a}.${c} = ${b}.${c}`).join(' AND ');
  return `${PAIRS},
    fresh AS (
      SELECT date_trunc('month', day)::date AS month, ${themed ? 'theme_code, ' : ''}unit_id, ${DAY_BIT} AS days
      FROM (${reachDaysSql(themed)}) reach GROUP BY ${themed ? '1, 2, 3' : '1, 2'}),
    stored AS (
      SELECT ${list('r', key)}, r.days
      FROM pairs p JOIN ${table} r ON r.unit_id = p.unit_id AND r.month = p.month),
    removed AS (
      DELETE FROM ${table} r USING stored s
      WHERE ${same('r', 's')} AND NOT EXISTS (SELECT 1 FROM fresh f WHERE ${same('f', 's')})),
    written AS (
      INSERT INTO ${table} (${key.join(', ')}, days)
      SELECT ${key.join(', ')}, days FROM fresh ORDER BY ${key.join(', ')}
      ON CONFLICT (${key.join(', ')}) DO UPDATE SET days = excluded.days WHERE ${table}.days <> excluded.days),
    entered_or_left AS (
      SELECT ${list('f', reacher)}, f.month, 1 AS change
      FROM fresh f WHERE NOT EXISTS (SELECT 1 FROM stored s WHERE ${same('s', 'f')})
      UNION ALL
      SELECT ${list('s', reacher)}, s.month, -1
      FROM stored s WHERE NOT EXISTS (SELECT 1 FROM fresh f WHERE ${same('f', 's')})),
    periods AS (
      SELECT ${list('c', reacher)}, b.kind, b.start, b.until, sum(c.change) AS change
      FROM entered_or_left c CROSS JOIN LATERAL ${periodsOf('c.month')} b(kind, start, until)
      GROUP BY ${list('c', reacher)}, b.kind, b.start, b.until),
    moves AS (
      SELECT ${list('pr', reacher)}, pr.kind, pr.start,
             (earlier.months + pr.change > 0)::int - (earlier.months > 0)::int AS delta
      FROM periods pr CROSS JOIN LATERAL (
        SELECT count(*) AS months FROM ${table} r
        WHERE r.unit_id = pr.unit_id ${themed ? 'AND r.theme_code = pr.theme_code' : ''}
          AND r.month >= pr.start AND r.month < pr.until) earlier)`;
}

/**
 * One statement that recomputes the reach months of the (unit, month) pairs `p_units` × `p_months`, writes
 * only what changed, and adds to reach_counts the units (or unit–theme pairs) that entered or left a period.
 * Every part reads the state before the statement, so a period's months before the change are counted from
 * the table and the change is added to them.
 */
export function mergeReachSql(themed: boolean): string {
  return `${reachMovesSql(themed)}
    INSERT INTO reach_counts (${COUNT_KEY}, units)
    SELECT m.kind, m.start, ${themed ? 'm.theme_code' : "''"}, u.region_code, u.type, sum(m.delta)
    FROM moves m JOIN units u ON u.id = m.unit_id
    WHERE u.is_active AND m.delta <> 0
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ${ADD_TO_COUNTS}`;
}

/** The periods unit `unit` was reached in, as (kind, start, theme_code) rows; any theme is ''. */
export const reachPeriodsOfUnitSql = (unit: string): string => `
  SELECT DISTINCT b.kind, b.start, ''::varchar AS theme_code
  FROM unit_reach_months r CROSS JOIN LATERAL ${periodsOf('r.month')} b(kind, start, until)
  WHERE r.unit_id = ${unit}
  UNION ALL
  SELECT DISTINCT b.kind, b.start, r.theme_code
  FROM unit_theme_reach_months r CROSS JOIN LATERAL ${periodsOf('r.month')} b(kind, start, until)
  WHERE r.unit_id = ${unit}`;

const FUNCTIONS = [
  `CREATE OR REPLACE FUNCTION refresh_unit_reach(p_units uuid[], p_months date[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF coalesce(array_length(p_units, 1), 0) = 0 THEN
      RETURN;
    END IF;
    PERFORM 1 FROM units WHERE id = ANY (p_units) ORDER BY id FOR NO KEY UPDATE;
    ${mergeReachSql(false)};
    ${mergeReachSql(true)};
  END $$`,
  // units: a new active unit counts; one deleted (never reached: reached units cannot be deleted) or
  // deactivated no longer does; a unit changing region or type takes its counts along.
  `CREATE FUNCTION units_reach_counts() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO active_unit_counts (region_code, unit_type, units)
      SELECT region_code, type, count(*) FROM new_rows WHERE is_active GROUP BY 1, 2 ORDER BY 1, 2
      ${ADD_TO_ACTIVE};
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO active_unit_counts (region_code, unit_type, units)
      SELECT region_code, type, -count(*) FROM old_rows WHERE is_active GROUP BY 1, 2 ORDER BY 1, 2
      ${ADD_TO_ACTIVE};
    ELSE
      WITH moved AS (
        SELECT o.id, o.region_code AS old_region_code, o.type AS old_type, o.is_active AS was_active,
               n.region_code, n.type, n.is_active
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.region_code, n.type, n.is_active) IS DISTINCT FROM (o.region_code, o.type, o.is_active)),
      sides AS (
        SELECT id, old_region_code AS region_code, old_type AS unit_type, -1 AS change FROM moved WHERE was_active
        UNION ALL
        SELECT id, region_code, type, 1 FROM moved WHERE is_active),
      active AS (
        INSERT INTO active_unit_counts (region_code, unit_type, units)
        SELECT region_code, unit_type, sum(change) FROM sides GROUP BY 1, 2 ORDER BY 1, 2
        ${ADD_TO_ACTIVE})
      INSERT INTO reach_counts (${COUNT_KEY}, units)
      SELECT p.kind, p.start, p.theme_code, s.region_code, s.unit_type, sum(s.change)
      FROM sides s CROSS JOIN LATERAL (${reachPeriodsOfUnitSql('s.id')}) p
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
      ${ADD_TO_COUNTS};
    END IF;
    RETURN NULL;
  END $$`,
  // Recomputes the counts from the reach months and the units (the backfill; after bulk loads).
  `CREATE FUNCTION rebuild_reach_counts() RETURNS void LANGUAGE plpgsql SET work_mem = '256MB' AS $$
  BEGIN
    TRUNCATE reach_counts, active_unit_counts;
    INSERT INTO active_unit_counts (region_code, unit_type, units)
    SELECT region_code, type, count(*) FROM units WHERE is_active GROUP BY 1, 2;
    INSERT INTO reach_counts (${COUNT_KEY}, units)
    SELECT reached.kind, reached.start, reached.theme_code, u.region_code, u.type, count(*)
    FROM (SELECT DISTINCT r.unit_id, b.kind, b.start, ''::varchar AS theme_code
          FROM unit_reach_months r CROSS JOIN LATERAL ${periodsOf('r.month')} b(kind, start, until)
          UNION ALL
          SELECT DISTINCT r.unit_id, b.kind, b.start, r.theme_code
          FROM unit_theme_reach_months r CROSS JOIN LATERAL ${periodsOf('r.month')} b(kind, start, until)) reached
    JOIN units u ON u.id = reached.unit_id
    WHERE u.is_active
    GROUP BY 1, 2, 3, 4, 5;
  END $$`,
  `CREATE FUNCTION rebuild_dashboard_aggregates() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM rebuild_reach_months_and_minutes();
    PERFORM rebuild_reach_counts();
  END $$`,
];

/** The refresh as the DashboardAggregates migration wrote it: delete the pairs' reach months, insert them anew. */
const REFRESH_WITHOUT_COUNTS = `CREATE OR REPLACE FUNCTION refresh_unit_reach(p_units uuid[], p_months date[])
  RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF coalesce(array_length(p_units, 1), 0) = 0 THEN
      RETURN;
    END IF;
    PERFORM 1 FROM units WHERE id = ANY (p_units) ORDER BY id FOR NO KEY UPDATE;
    ${PAIRS} DELETE FROM unit_reach_months r USING pairs p WHERE r.unit_id = p.unit_id AND r.month = p.month;
    ${PAIRS} DELETE FROM unit_theme_reach_months r USING pairs p WHERE r.unit_id = p.unit_id AND r.month = p.month;
    ${PAIRS} INSERT INTO unit_reach_months (month, unit_id, days)
    SELECT date_trunc('month', day)::date, unit_id, ${DAY_BIT} FROM (${reachDaysSql(false)}) reach GROUP BY 1, 2;
    ${PAIRS} INSERT INTO unit_theme_reach_months (month, theme_code, unit_id, days)
    SELECT date_trunc('month', day)::date, theme_code, unit_id, ${DAY_BIT}
    FROM (${reachDaysSql(true)}) reach GROUP BY 1, 2, 3;
  END $$`;

const UNIT_EVENTS = ['INSERT', 'UPDATE', 'DELETE'];

/** The statement trigger `tg_<table>_<purpose>_<event>` running `fn()`, with the event's transition tables. */
export function statementTriggerSql(table: string, purpose: string, fn: string, event: string): string {
  const transitions =
    event === 'INSERT'
      ? 'NEW TABLE AS new_rows'
      : event === 'DELETE'
        ? 'OLD TABLE AS old_rows'
        : 'NEW TABLE AS new_rows OLD TABLE AS old_rows';
  return `CREATE TRIGGER "tg_${table}_${purpose}_${event.toLowerCase()}" AFTER ${event} ON "${table}"
    REFERENCING ${transitions} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`;
}

export class ReachCounts1795360000000 implements MigrationInterface {
  name = 'ReachCounts1795360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reach_counts" ("period_kind" varchar(7) NOT NULL, "period_start" date NOT NULL, "theme_code" varchar(64) NOT NULL, "region_code" varchar(5) NOT NULL, "unit_type" text NOT NULL, "units" integer NOT NULL, CONSTRAINT "ck_reach_counts_period_kind" CHECK ("period_kind" IN ('month', 'quarter', 'year')), CONSTRAINT "pk_reach_counts" PRIMARY KEY ("period_kind", "period_start", "theme_code", "region_code", "unit_type") INCLUDE ("units"))`,
    );
    await queryRunner.query(
      'CREATE TABLE "active_unit_counts" ("region_code" varchar(5) NOT NULL, "unit_type" text NOT NULL, "units" integer NOT NULL, CONSTRAINT "pk_active_unit_counts" PRIMARY KEY ("region_code", "unit_type") INCLUDE ("units"))',
    );
    await queryRunner.query(
      'ALTER FUNCTION rebuild_dashboard_aggregates() RENAME TO rebuild_reach_months_and_minutes',
    );
    for (const fn of FUNCTIONS) {
      await queryRunner.query(fn);
    }
    await queryRunner.query('SELECT rebuild_reach_counts()');
    for (const event of UNIT_EVENTS) {
      await queryRunner.query(statementTriggerSql('units', 'reach_counts', 'units_reach_counts', event));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of UNIT_EVENTS) {
      await queryRunner.query(`DROP TRIGGER "tg_units_reach_counts_${event.toLowerCase()}" ON "units"`);
    }
    await queryRunner.query('DROP FUNCTION rebuild_dashboard_aggregates()');
    await queryRunner.query('DROP FUNCTION rebuild_reach_counts()');
    await queryRunner.query('DROP FUNCTION units_reach_counts()');
    await queryRunner.query(
      'ALTER FUNCTION rebuild_reach_months_and_minutes() RENAME TO rebuild_dashboard_aggregates',
    );
    await queryRunner.query(REFRESH_WITHOUT_COUNTS);
    await queryRunner.query('DROP TABLE "active_unit_counts"');
    await queryRunner.query('DROP TABLE "reach_counts"');
  }
}
