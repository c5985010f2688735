import type { MigrationInterface, QueryRunner } from 'typeorm';
import { periodsOf } from './1795360000000-reach-counts';

// Logging an activity adds reach days and never takes one away (docs/performance.md, "Activity logging: adding
// reach days"). Until now an insert into activity_units or activity_themes recomputed the reach months of its
// units from every activity and resolved request of those months (refresh_unit_reach, refresh_unit_theme_reach):
// 2.7 of the 3.5 ms of PostgreSQL work of one logged activity. An insert now ORs its days into the month rows
// instead, and counts a unit in reach_counts for the periods in which it had no month row before. What it writes
// equals the recomputation, so the counts stay exact. The INSERT triggers of the two tables run new functions
// (activity_units_added, activity_themes_added); their UPDATE and DELETE triggers still recompute, through
// activity_units_aggregates and activity_themes_aggregates, whose INSERT branches no trigger runs any more.
// Like refresh_unit_reach, an addition first locks the units' rows (sorted), so two transactions adding to the
// same unit queue and the second sees the first's month rows. A migration keeps its own copy of the SQL.

const COUNT_KEY = 'period_kind, period_start, theme_code, region_code, unit_type';
const LOCK_UNITS = 'PERFORM 1 FROM units WHERE id = ANY (p_units) ORDER BY id FOR NO KEY UPDATE';
const NO_UNITS = 'IF coalesce(array_length(p_units, 1), 0) = 0 THEN RETURN; END IF';
const GENERIC_PLAN = 'SET plan_cache_mode = force_generic_plan';

/** The reach months an addition writes to: per unit, or per unit and theme. */
const monthsTable = (themed: boolean): string => (themed ? 'unit_theme_reach_months' : 'unit_reach_months');

/** The additions of an add function's arguments, as rows of `a`. */
const inputSql = (themed: boolean): string =>
  themed
    ? 'unnest(p_units, p_days, p_themes) AS a(unit_id, day, theme_code)'
    : 'unnest(p_units, p_days) AS a(unit_id, day)';

/**
 * One statement that ORs the days `p_days` of units `p_units` (and themes `p_themes`) into their reach months
 * and adds one to reach_counts for each unit (or unit and theme) and period it had no reach month in before.
 * reach_counts keeps a theme's reach over all unit types only, and the reach on any theme both per unit type
 * and over all types ('') (migration DashboardRollups).
 */
function addReachDaysSql(themed: boolean): string {
  const table = monthsTable(themed);
  const key = themed ? ['month', 'theme_code', 'unit_id'] : ['month', 'unit_id'];
  const reacher = themed ? ['unit_id', 'theme_code'] : ['unit_id'];
  const list = (alias: string, columns: string[]): string => columns.map((c) => `${alias}.${c}`).join(', ');
  const same = (a: string, b: string, columns: string[]): string =>
    columns.map((c) => `${a}.${c} = ${b}.${c}`).join(' AND ');
  const types = themed ? `VALUES ('')` : `VALUES (u.type), ('')`;
  return `WITH added AS (
      SELECT date_trunc('month', day)::date AS month, ${themed ? 'theme_code, ' : ''}unit_id,
             bit_or(1 << (extract(day FROM day)::int - 1)) AS days
      FROM ${inputSql(themed)} GROUP BY ${themed ? '1, 2, 3' : '1, 2'}),
    stored AS (
      SELECT ${list('r', key)} FROM added a JOIN ${table} r ON ${same('r', 'a', key)}),
    written AS (
      INSERT INTO ${table} (${key.join(', ')}, days)
      SELECT ${key.join(', ')}, days FROM added ORDER BY ${key.join(', ')}
      ON CONFLICT (${key.join(', ')}) DO UPDATE SET days = ${table}.days | excluded.days
      WHERE ${table}.days | excluded.days <> ${table}.days),
    entered AS (
      SELECT DISTINCT ${list('a', reacher)}, b.kind, b.start, b.until
      FROM added a CROSS JOIN LATERAL ${periodsOf('a.month')} b(kind, start, until)
      WHERE NOT EXISTS (SELECT 1 FROM stored s WHERE ${same('s', 'a', key)})),
    moves AS (
      SELECT ${list('e', reacher)}, e.kind, e.start FROM entered e
      WHERE NOT EXISTS (
        SELECT 1 FROM ${table} r
        WHERE ${same('r', 'e', reacher)} AND r.month >= e.start AND r.month < e.until))
    INSERT INTO reach_counts (${COUNT_KEY}, units)
    SELECT m.kind, m.start, ${themed ? 'm.theme_code' : `''`}, u.region_code, t.unit_type, count(*)
    FROM moves m JOIN units u ON u.id = m.unit_id CROSS JOIN LATERAL (${types}) t(unit_type)
    WHERE u.is_active
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (${COUNT_KEY}) DO UPDATE SET units = reach_counts.units + excluded.units`;
}

/**
 * add_unit_reach_days or add_unit_theme_reach_days: after the lock, an addition whose days are all there already
 * (the second of the two triggers of one logged activity, or a day already reached) returns at once.
 */
function addFunctionSql(themed: boolean): string {
  const table = monthsTable(themed);
  const signature = themed
    ? 'add_unit_theme_reach_days(p_units uuid[], p_days date[], p_themes varchar[])'
    : 'add_unit_reach_days(p_units uuid[], p_days date[])';
  return `CREATE FUNCTION ${signature}
  RETURNS void LANGUAGE plpgsql ${GENERIC_PLAN} AS $$
  BEGIN
    ${NO_UNITS};
    ${LOCK_UNITS};
    IF NOT EXISTS (
      SELECT 1 FROM ${inputSql(themed)}
      WHERE NOT EXISTS (
        SELECT 1 FROM ${table} r
        WHERE r.month = date_trunc('month', a.day)::date AND r.unit_id = a.unit_id
          ${themed ? 'AND r.theme_code = a.theme_code' : ''}
          AND r.days & (1 << (extract(day FROM a.day)::int - 1)) <> 0)) THEN
      RETURN;
    END IF;
    ${addReachDaysSql(themed)};
  END $$`;
}

/**
 * The new trigger functions of the INSERT triggers of activity_units and activity_themes (their UPDATE and
 * DELETE triggers keep activity_units_aggregates and activity_themes_aggregates, which recompute). A unit link
 * adds its days to the unit's reach and, with its activity's themes, to the reach by theme; a theme link adds
 * the days of its activity's units on that theme.
 */
const ADDED_FUNCTIONS = [
  `CREATE FUNCTION activity_units_added() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
    days date[];
    themes varchar[];
    ids uuid[];
  BEGIN
    SELECT array_agg(unit_id), array_agg(activity_date), array_agg(DISTINCT activity_id) INTO units, days, ids
    FROM new_rows;
    PERFORM add_unit_reach_days(units, days);
    SELECT array_agg(l.unit_id), array_agg(l.activity_date), array_agg(t.theme_code) INTO units, days, themes
    FROM new_rows l JOIN activity_themes t ON t.activity_id = l.activity_id;
    PERFORM add_unit_theme_reach_days(units, days, themes);
    PERFORM refresh_activity_minutes(ids);
    RETURN NULL;
  END $$`,
  `CREATE FUNCTION activity_themes_added() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
    days date[];
    themes varchar[];
  BEGIN
    SELECT array_agg(l.unit_id), array_agg(l.activity_date), array_agg(t.theme_code) INTO units, days, themes
    FROM activity_units l JOIN new_rows t ON t.activity_id = l.activity_id;
    PERFORM add_unit_theme_reach_days(units, days, themes);
    RETURN NULL;
  END $$`,
];

/** The INSERT trigger of migration DashboardAggregates on `table`, now executing `fn`. */
const insertTriggerSql = (table: string, fn: string): string =>
  `CREATE OR REPLACE TRIGGER "tg_${table}_aggregates_insert" AFTER INSERT ON "${table}"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`;

export class ReachDaysAdded1795450000000 implements MigrationInterface {
  name = 'ReachDaysAdded1795450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [addFunctionSql(false), addFunctionSql(true), ...ADDED_FUNCTIONS]) {
      await queryRunner.query(sql);
    }
    await queryRunner.query(insertTriggerSql('activity_units', 'activity_units_added'));
    await queryRunner.query(insertTriggerSql('activity_themes', 'activity_themes_added'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(insertTriggerSql('activity_units', 'activity_units_aggregates'));
    await queryRunner.query(insertTriggerSql('activity_themes', 'activity_themes_aggregates'));
    for (const fn of ['activity_themes_added()', 'activity_units_added()']) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query('DROP FUNCTION add_unit_theme_reach_days(uuid[], date[], varchar[])');
    await queryRunner.query('DROP FUNCTION add_unit_reach_days(uuid[], date[])');
  }
}
