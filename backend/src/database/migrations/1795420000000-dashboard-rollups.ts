import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  periodsOf,
  reachMovesSql,
  reachPeriodsOfUnitSql,
  statementTriggerSql,
} from './1795360000000-reach-counts';

// Fewer count rows for a dashboard to read (docs/performance.md, "Roll-ups"). At EU scale the national dashboard
// read 60 000–100 000 count rows per statement: reach per region, unit type and theme; request and minute counts
// per region and month.
// - reach_counts keeps the reach on a theme per region only (unit_type ''), and the reach on any theme both per
//   unit type and per region over all types (unit_type ''): by unit type is only ever shown for any theme. Its
//   key puts the unit type before the region, so that one region's or every region's rows over all types are
//   one index range.
// - Each monthly count table gets a yearly twin (region_year_requests, region_year_first_responses,
//   region_year_minutes, theme_year_requests), kept by triggers on the monthly table from the difference its
//   statements made: a period's whole years are read from the yearly table, its other whole months from the
//   monthly one.
// Every count stays exact and is written in the same transaction as the change; nothing is shared by every
// region (no national row that all writers would queue for).

const COUNT_KEY = 'period_kind, period_start, theme_code, region_code, unit_type';
const ADD_TO_COUNTS = `ON CONFLICT (${COUNT_KEY}) DO UPDATE SET units = reach_counts.units + excluded.units`;
const GENERIC_PLAN = 'SET plan_cache_mode = force_generic_plan';

/** How reach_counts is keyed: per unit type for every theme (migration ReachCounts), or as described above. */
type Layout = 'by-type' | 'rollup';

/**
 * The unit types a count of units of type `type` on theme `theme` is kept under: the lateral `t(unit_type)` to
 * join and the condition on it.
 */
function countedTypes(layout: Layout, type: string, theme: string): { join: string; where: string } {
  if (layout === 'by-type') {
    return { join: `CROSS JOIN LATERAL (VALUES (${type})) t(unit_type)`, where: 'true' };
  }
  return {
    join: `CROSS JOIN LATERAL (VALUES (${type}), ('')) t(unit_type)`,
    where: `(${theme} = '' OR t.unit_type = '')`,
  };
}

/** The merge of migration ReachCounts, adding the units that entered or left a period to the counts of `layout`. */
function mergeSql(layout: Layout, themed: boolean): string {
  const theme = themed ? 'm.theme_code' : `''`;
  const types = countedTypes(layout, 'u.type', theme);
  return `${reachMovesSql(themed)}
    INSERT INTO reach_counts (${COUNT_KEY}, units)
    SELECT m.kind, m.start, ${theme}, u.region_code, t.unit_type, sum(m.delta)
    FROM moves m JOIN units u ON u.id = m.unit_id ${types.join}
    WHERE u.is_active AND m.delta <> 0 AND ${types.where}
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ${ADD_TO_COUNTS}`;
}

/** The functions that write reach_counts, for `layout`. */
function reachFunctions(layout: Layout): string[] {
  const lockUnits = 'PERFORM 1 FROM units WHERE id = ANY (p_units) ORDER BY id FOR NO KEY UPDATE';
  const noUnits = 'IF coalesce(array_length(p_units, 1), 0) = 0 THEN RETURN; END IF';
  const moved = countedTypes(layout, 's.unit_type', 'p.theme_code');
  const rebuilt = countedTypes(layout, 'u.type', 'reached.theme_code');
  return [
    `CREATE OR REPLACE FUNCTION refresh_unit_reach(p_units uuid[], p_months date[]) RETURNS void
    LANGUAGE plpgsql ${GENERIC_PLAN} AS $$
    BEGIN
      ${noUnits};
      ${lockUnits};
      ${mergeSql(layout, false)};
      ${mergeSql(layout, true)};
    END $$`,
    `CREATE OR REPLACE FUNCTION refresh_unit_theme_reach(p_units uuid[], p_months date[]) RETURNS void
    LANGUAGE plpgsql ${GENERIC_PLAN} AS $$
    BEGIN
      ${noUnits};
      ${lockUnits};
      ${mergeSql(layout, true)};
    END $$`,
    // A unit changing region, type or activity takes its counts along (active_unit_counts as before).
    `CREATE OR REPLACE FUNCTION units_reach_counts() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO active_unit_counts (region_code, unit_type, units)
        SELECT region_code, type, count(*) FROM new_rows WHERE is_active GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (region_code, unit_type) DO UPDATE SET units = active_unit_counts.units + excluded.units;
      ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO active_unit_counts (region_code, unit_type, units)
        SELECT region_code, type, -count(*) FROM old_rows WHERE is_active GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (region_code, unit_type) DO UPDATE SET units = active_unit_counts.units + excluded.units;
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
          ON CONFLICT (region_code, unit_type) DO UPDATE SET units = active_unit_counts.units + excluded.units)
        INSERT INTO reach_counts (${COUNT_KEY}, units)
        SELECT p.kind, p.start, p.theme_code, s.region_code, t.unit_type, sum(s.change)
        FROM sides s CROSS JOIN LATERAL (${reachPeriodsOfUnitSql('s.id')}) p ${moved.join}
        WHERE ${moved.where}
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ${ADD_TO_COUNTS};
      END IF;
      RETURN NULL;
    END $$`,
    `CREATE OR REPLACE FUNCTION rebuild_reach_counts() RETURNS void LANGUAGE plpgsql SET work_mem = '256MB' AS $$
    BEGIN
      TRUNCATE reach_counts, active_unit_counts;
      INSERT INTO active_unit_counts (region_code, unit_type, units)
      SELECT region_code, type, count(*) FROM units WHERE is_active GROUP BY 1, 2;
      INSERT INTO reach_counts (${COUNT_KEY}, units)
      SELECT reached.kind, reached.start, reached.theme_code, u.region_code, t.unit_type, count(*)
      FROM (SELECT DISTINCT r.unit_id, b.kind, b.start, ''::varchar AS theme_code
            FROM unit_reach_months r CROSS JOIN LATERAL ${periodsOf('r.month')} b(kind, start, until)
            UNION ALL
            SELECT DISTINCT r.unit_id, b.kind, b.start, r.theme_code
            FROM unit_theme_reach_months r CROSS JOIN LATERAL ${periodsOf('r.month')} b(kind, start, until)) reached
      JOIN units u ON u.id = reached.unit_id ${rebuilt.join}
      WHERE u.is_active AND ${rebuilt.where}
      GROUP BY 1, 2, 3, 4, 5;
    END $$`,
  ];
}

/** The reach_counts table, keyed for `layout`, named `table`. */
function reachCountsTableSql(layout: Layout, table: string): string {
  const key =
    layout === 'by-type'
      ? '"period_kind", "period_start", "theme_code", "region_code", "unit_type"'
      : '"period_kind", "period_start", "theme_code", "unit_type", "region_code"';
  return `CREATE TABLE "${table}" ("period_kind" varchar(7) NOT NULL, "period_start" date NOT NULL, "theme_code" varchar(64) NOT NULL, "region_code" varchar(5) NOT NULL, "unit_type" text NOT NULL, "units" integer NOT NULL, CONSTRAINT "ck_reach_counts_period_kind" CHECK ("period_kind" IN ('month', 'quarter', 'year')), CONSTRAINT "pk_reach_counts" PRIMARY KEY (${key}) INCLUDE ("units"))`;
}

/** A monthly count table and its yearly twin: the key columns after the month, and the counted columns. */
interface Rollup {
  readonly months: string;
  readonly years: string;
  readonly keys: readonly string[];
  readonly values: readonly string[];
  /** The yearly table's columns after "year", as in CREATE TABLE. */
  readonly columns: string;
}

const ROLLUPS: readonly Rollup[] = [
  {
    months: 'region_month_requests',
    years: 'region_year_requests',
    keys: ['region_code'],
    values: ['received', 'resolved', 'sla_met'],
    columns:
      '"region_code" varchar(5) NOT NULL, "received" integer NOT NULL, "resolved" integer NOT NULL, "sla_met" integer NOT NULL',
  },
  {
    months: 'region_month_first_responses',
    years: 'region_year_first_responses',
    keys: ['region_code', 'business_days'],
    values: ['requests'],
    columns:
      '"region_code" varchar(5) NOT NULL, "business_days" integer NOT NULL, "requests" integer NOT NULL',
  },
  {
    months: 'region_month_minutes',
    years: 'region_year_minutes',
    keys: ['region_code'],
    values: ['minutes'],
    columns: '"region_code" varchar(5) NOT NULL, "minutes" numeric NOT NULL',
  },
  {
    months: 'theme_month_requests',
    years: 'theme_year_requests',
    keys: ['theme_code', 'region_code'],
    values: ['received'],
    columns:
      '"theme_code" varchar(64) NOT NULL, "region_code" varchar(5) NOT NULL, "received" integer NOT NULL',
  },
];

const quoted = (columns: readonly string[]): string => columns.map((column) => `"${column}"`).join(', ');

function yearTableSql(rollup: Rollup): string {
  return `CREATE TABLE "${rollup.years}" ("year" date NOT NULL, ${rollup.columns}, CONSTRAINT "pk_${rollup.years}" PRIMARY KEY ("year", ${quoted(rollup.keys)}) INCLUDE (${quoted(rollup.values)}))`;
}

/** Adds the monthly rows of relation `changes` (month, keys, values; negated to take away) to the years. */
function addToYearsSql(rollup: Rollup, changes: string): string {
  const keys = rollup.keys.join(', ');
  const positions = rollup.keys.map((_, index) => index + 2).join(', ');
  return `INSERT INTO ${rollup.years} (year, ${keys}, ${rollup.values.join(', ')})
    SELECT date_trunc('year', month)::date, ${keys}, ${rollup.values.map((value) => `sum(${value})`).join(', ')}
    FROM (${changes}) changes
    GROUP BY 1, ${positions}
    HAVING ${rollup.values.map((value) => `sum(${value}) <> 0`).join(' OR ')}
    ORDER BY 1, ${positions}
    ON CONFLICT (year, ${keys}) DO UPDATE
      SET ${rollup.values.map((value) => `${value} = ${rollup.years}.${value} + excluded.${value}`).join(', ')}`;
}

/** The trigger function that keeps the yearly twin, and the one that empties it with the monthly table. */
function yearFunctionsSql(rollup: Rollup): string[] {
  const added = `SELECT month, ${[...rollup.keys, ...rollup.values].join(', ')} FROM new_rows`;
  const taken = `SELECT month, ${rollup.keys.join(', ')}, ${rollup.values.map((value) => `-${value}`).join(', ')} FROM old_rows`;
  return [
    `CREATE FUNCTION ${rollup.months}_years() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${addToYearsSql(rollup, added)};
      ELSIF TG_OP = 'DELETE' THEN
        ${addToYearsSql(rollup, taken)};
      ELSE
        ${addToYearsSql(rollup, `${added} UNION ALL ${taken}`)};
      END IF;
      RETURN NULL;
    END $$`,
    `CREATE FUNCTION ${rollup.months}_years_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      TRUNCATE ${rollup.years};
      RETURN NULL;
    END $$`,
  ];
}

const REBUILD_YEARS = `CREATE FUNCTION rebuild_dashboard_years() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE ${ROLLUPS.map((rollup) => rollup.years).join(', ')};
    ${ROLLUPS.map((rollup) => addToYearsSql(rollup, `SELECT * FROM ${rollup.months}`)).join(';\n')};
  END $$`;

const rebuildAggregatesSql = (withYears: boolean): string =>
  `CREATE OR REPLACE FUNCTION rebuild_dashboard_aggregates() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM rebuild_reach_months_and_minutes();
    PERFORM rebuild_reach_counts();
    PERFORM rebuild_request_counts();
    PERFORM rebuild_request_theme_counts();
    ${withYears ? 'PERFORM rebuild_dashboard_years();' : ''}
  END $$`;

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'];

export class DashboardRollups1795420000000 implements MigrationInterface {
  name = 'DashboardRollups1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // reach_counts re-keyed: the theme rows summed over unit types, the rows for any theme also so.
    await queryRunner.query('ALTER TABLE "reach_counts" RENAME TO "reach_counts_by_type"');
    await queryRunner.query(
      'ALTER TABLE "reach_counts_by_type" RENAME CONSTRAINT "pk_reach_counts" TO "pk_reach_counts_by_type"',
    );
    await queryRunner.query(
      'ALTER TABLE "reach_counts_by_type" RENAME CONSTRAINT "ck_reach_counts_period_kind" TO "ck_reach_counts_by_type_period_kind"',
    );
    await queryRunner.query(reachCountsTableSql('rollup', 'reach_counts'));
    await queryRunner.query(`INSERT INTO reach_counts (${COUNT_KEY}, units)
      SELECT period_kind, period_start, theme_code, region_code, unit_type, units
      FROM reach_counts_by_type WHERE theme_code = ''
      UNION ALL
      SELECT period_kind, period_start, theme_code, region_code, '', sum(units)
      FROM reach_counts_by_type GROUP BY period_kind, period_start, theme_code, region_code
      ORDER BY 1, 2, 3, 5, 4`);
    await queryRunner.query('DROP TABLE "reach_counts_by_type"');
    for (const fn of reachFunctions('rollup')) {
      await queryRunner.query(fn);
    }
    // The yearly twins, filled from the months.
    for (const rollup of ROLLUPS) {
      await queryRunner.query(yearTableSql(rollup));
      for (const fn of yearFunctionsSql(rollup)) {
        await queryRunner.query(fn);
      }
      for (const event of EVENTS) {
        await queryRunner.query(statementTriggerSql(rollup.months, 'years', `${rollup.months}_years`, event));
      }
      await queryRunner.query(`CREATE TRIGGER "tg_${rollup.months}_years_truncate" AFTER TRUNCATE ON "${rollup.months}"
        FOR EACH STATEMENT EXECUTE FUNCTION ${rollup.months}_years_truncated()`);
    }
    await queryRunner.query(REBUILD_YEARS);
    await queryRunner.query(rebuildAggregatesSql(true));
    await queryRunner.query('SELECT rebuild_dashboard_years()');
    // Statistics for the planner now rather than when autovacuum comes by (VACUUM cannot run in a transaction).
    await queryRunner.query(`ANALYZE reach_counts, ${ROLLUPS.map((rollup) => rollup.years).join(', ')}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rebuildAggregatesSql(false));
    await queryRunner.query('DROP FUNCTION rebuild_dashboard_years()');
    for (const rollup of [...ROLLUPS].reverse()) {
      await queryRunner.query(`DROP TRIGGER "tg_${rollup.months}_years_truncate" ON "${rollup.months}"`);
      for (const event of EVENTS) {
        await queryRunner.query(
          `DROP TRIGGER "tg_${rollup.months}_years_${event.toLowerCase()}" ON "${rollup.months}"`,
        );
      }
      await queryRunner.query(`DROP FUNCTION ${rollup.months}_years_truncated()`);
      await queryRunner.query(`DROP FUNCTION ${rollup.months}_years()`);
      await queryRunner.query(`DROP TABLE "${rollup.years}"`);
    }
    await queryRunner.query('DROP TABLE "reach_counts"');
    await queryRunner.query(reachCountsTableSql('by-type', 'reach_counts'));
    for (const fn of reachFunctions('by-type')) {
      await queryRunner.query(fn);
    }
    await queryRunner.query('SELECT rebuild_reach_counts()');
  }
}
