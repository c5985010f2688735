import type { MigrationInterface, QueryRunner } from 'typeorm';
import { statementTriggerSql } from './1795360000000-reach-counts';

// The units reached in a period that is not a counted calendar month, quarter or year (docs/performance.md,
// "Periods without counts"). Until now the dashboards read every reach month of the period and counted the
// distinct units: at EU scale 686 000 month rows for six months, 0.8 s per statement, 3.6 s per theme. Each
// unit now has one row with its reach days as a bit string (unit_reach_days), and each unit and theme one
// (unit_theme_reach_days): bit i is day first_day + i − 1. A period is then one substring per unit, whatever
// its length. The rows carry their unit's region, type and whether it is active, so the dashboards group them
// without joining the units. They are derived from the reach months: a statement trigger on each reach months
// table rebuilds the rows of the units whose months it changed, and one on units copies a unit's region, type
// and state to its rows. A migration keeps its own copy of the SQL.

/** The month rows' days as one bit string per `keys`, from the first month on; gaps between months are zeros. */
function daysSql(months: string, keys: string, where: string): string {
  return `SELECT ${keys}, min(month) AS first_day,
      string_agg(repeat('0', month - coalesce(after_previous, month))
                 || left(reverse(days::bit(32)::text), (month + interval '1 month')::date - month),
                 '' ORDER BY month)::varbit AS days
    FROM (SELECT ${keys}, month, days,
                 (lag(month) OVER (PARTITION BY ${keys} ORDER BY month) + interval '1 month')::date AS after_previous
          FROM ${months} WHERE ${where}) m
    GROUP BY ${keys}`;
}

const UNIT_DAYS = (where: string): string => `
  INSERT INTO unit_reach_days (unit_id, region_code, unit_type, is_active, first_day, days)
  SELECT d.unit_id, u.region_code, u.type, u.is_active, d.first_day, d.days
  FROM (${daysSql('unit_reach_months', 'unit_id', where)}) d JOIN units u ON u.id = d.unit_id
  ORDER BY d.unit_id`;

const THEME_DAYS = (where: string): string => `
  INSERT INTO unit_theme_reach_days (unit_id, theme_code, region_code, is_active, first_day, days)
  SELECT d.unit_id, d.theme_code, u.region_code, u.is_active, d.first_day, d.days
  FROM (${daysSql('unit_theme_reach_months', 'unit_id, theme_code', where)}) d JOIN units u ON u.id = d.unit_id
  ORDER BY d.unit_id, d.theme_code`;

/** The keys (`keys` columns) of a statement's changed rows: those of new_rows, old_rows or both not in the other. */
function changedKeysSql(event: string, keys: string): string {
  if (event === 'INSERT') {
    return `SELECT DISTINCT ${keys} FROM new_rows`;
  }
  if (event === 'DELETE') {
    return `SELECT DISTINCT ${keys} FROM old_rows`;
  }
  const rows = (table: string): string => `SELECT ${keys}, month, days FROM ${table}`;
  return `SELECT ${keys} FROM (${rows('new_rows')} EXCEPT ${rows('old_rows')}) added
    UNION SELECT ${keys} FROM (${rows('old_rows')} EXCEPT ${rows('new_rows')}) removed`;
}

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'];

const FUNCTIONS = [
  `CREATE FUNCTION refresh_unit_reach_days(p_units uuid[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF coalesce(array_length(p_units, 1), 0) = 0 THEN
      RETURN;
    END IF;
    DELETE FROM unit_reach_days WHERE unit_id = ANY (p_units);
    ${UNIT_DAYS('unit_id = ANY (p_units)')};
  END $$`,
  `CREATE FUNCTION refresh_unit_theme_reach_days(p_units uuid[], p_themes text[]) RETURNS void
  LANGUAGE plpgsql AS $$
  BEGIN
    IF coalesce(array_length(p_units, 1), 0) = 0 THEN
      RETURN;
    END IF;
    DELETE FROM unit_theme_reach_days
    WHERE (unit_id, theme_code) IN (SELECT * FROM unnest(p_units, p_themes));
    ${THEME_DAYS('unit_id = ANY (p_units) AND (unit_id, theme_code) IN (SELECT * FROM unnest(p_units, p_themes))')};
  END $$`,
  ...EVENTS.map(
    (event) => `CREATE FUNCTION unit_reach_months_days_${event.toLowerCase()}() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM refresh_unit_reach_days(ARRAY(${changedKeysSql(event, 'unit_id')} ORDER BY 1));
    RETURN NULL;
  END $$`,
  ),
  ...EVENTS.map(
    (event) => `CREATE FUNCTION unit_theme_reach_months_days_${event.toLowerCase()}() RETURNS trigger
  LANGUAGE plpgsql AS $$
  DECLARE
    changed record;
  BEGIN
    SELECT array_agg(unit_id ORDER BY unit_id, theme_code) AS units,
           array_agg(theme_code ORDER BY unit_id, theme_code) AS themes
    INTO changed FROM (${changedKeysSql(event, 'unit_id, theme_code')}) keys;
    PERFORM refresh_unit_theme_reach_days(changed.units, changed.themes);
    RETURN NULL;
  END $$`,
  ),
  `CREATE FUNCTION units_reach_days() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE unit_reach_days d SET region_code = n.region_code, unit_type = n.type, is_active = n.is_active
    FROM new_rows n
    WHERE d.unit_id = n.id
      AND (d.region_code, d.unit_type, d.is_active) IS DISTINCT FROM (n.region_code, n.type, n.is_active);
    UPDATE unit_theme_reach_days d SET region_code = n.region_code, is_active = n.is_active
    FROM new_rows n
    WHERE d.unit_id = n.id AND (d.region_code, d.is_active) IS DISTINCT FROM (n.region_code, n.is_active);
    RETURN NULL;
  END $$`,
  `CREATE FUNCTION rebuild_reach_days() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE unit_reach_days, unit_theme_reach_days;
    ${UNIT_DAYS('true')};
    ${THEME_DAYS('true')};
  END $$`,
];

/** The rebuild of every pre-aggregate, with the reach days or, as migration RequestThemeCounts wrote it, without. */
const rebuildSql = (withDays: boolean): string => `CREATE OR REPLACE FUNCTION rebuild_dashboard_aggregates()
  RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM rebuild_reach_months_and_minutes();
    PERFORM rebuild_reach_counts();
    PERFORM rebuild_request_counts();
    PERFORM rebuild_request_theme_counts();
    ${withDays ? 'PERFORM rebuild_reach_days();' : ''}
  END $$`;

export class ReachDayMaps1795460000000 implements MigrationInterface {
  name = 'ReachDayMaps1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "unit_reach_days" ("unit_id" uuid NOT NULL, "region_code" varchar(5) NOT NULL, "unit_type" text NOT NULL, "is_active" boolean NOT NULL, "first_day" date NOT NULL, "days" bit varying NOT NULL, CONSTRAINT "pk_unit_reach_days" PRIMARY KEY ("unit_id"), CONSTRAINT "fk_unit_reach_days_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_theme_reach_days" ("unit_id" uuid NOT NULL, "theme_code" varchar(64) NOT NULL, "region_code" varchar(5) NOT NULL, "is_active" boolean NOT NULL, "first_day" date NOT NULL, "days" bit varying NOT NULL, CONSTRAINT "pk_unit_theme_reach_days" PRIMARY KEY ("unit_id", "theme_code"), CONSTRAINT "fk_unit_theme_reach_days_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE)`,
    );
    for (const fn of FUNCTIONS) {
      await queryRunner.query(fn);
    }
    await queryRunner.query(rebuildSql(true));
    await queryRunner.query('SELECT rebuild_reach_days()');
    // Planned from statistics at once, not after autovacuum gets to the new tables.
    await queryRunner.query('ANALYZE unit_reach_days, unit_theme_reach_days');
    for (const event of EVENTS) {
      const suffix = event.toLowerCase();
      await queryRunner.query(
        statementTriggerSql('unit_reach_months', 'days', `unit_reach_months_days_${suffix}`, event),
      );
      await queryRunner.query(
        statementTriggerSql(
          'unit_theme_reach_months',
          'days',
          `unit_theme_reach_months_days_${suffix}`,
          event,
        ),
      );
    }
    await queryRunner.query(statementTriggerSql('units', 'reach_days', 'units_reach_days', 'UPDATE'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "tg_units_reach_days_update" ON "units"');
    for (const event of EVENTS) {
      const suffix = event.toLowerCase();
      await queryRunner.query(
        `DROP TRIGGER "tg_unit_theme_reach_months_days_${suffix}" ON "unit_theme_reach_months"`,
      );
      await queryRunner.query(`DROP TRIGGER "tg_unit_reach_months_days_${suffix}" ON "unit_reach_months"`);
      await queryRunner.query(`DROP FUNCTION unit_theme_reach_months_days_${suffix}()`);
      await queryRunner.query(`DROP FUNCTION unit_reach_months_days_${suffix}()`);
    }
    await queryRunner.query(rebuildSql(false));
    await queryRunner.query('DROP FUNCTION rebuild_reach_days()');
    await queryRunner.query('DROP FUNCTION units_reach_days()');
    await queryRunner.query('DROP FUNCTION refresh_unit_theme_reach_days(uuid[], text[])');
    await queryRunner.query('DROP FUNCTION refresh_unit_reach_days(uuid[])');
    await queryRunner.query('DROP TABLE "unit_theme_reach_days"');
    await queryRunner.query('DROP TABLE "unit_reach_days"');
  }
}
