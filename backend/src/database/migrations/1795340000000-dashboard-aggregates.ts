import type { MigrationInterface, QueryRunner } from 'typeorm';

// Exact pre-aggregates for the dashboards, kept in step by triggers in the same transaction as every write
// (docs/performance.md, "Pre-aggregation"):
// - unit_reach_months: per unit and month, a bit per day the unit was reached (an activity or a resolved
//   request); unit_theme_reach_months the same per theme. Distinct reach over any period is a count of the
//   units whose days fall in it, edge months masked by day.
// - activity_region_minutes: each activity's minutes shared equally among the regions of its units;
//   region_month_minutes their sums per region and month, updated by the difference on every change.
// A refresh recomputes the affected (unit, month) pairs or activities from the records themselves, so the
// aggregates equal what a full recomputation gives; the units' rows are locked first so that two
// transactions refreshing the same unit run one after the other.

const HELSINKI = `'Europe/Helsinki'`;

/**
 * The days units were reached, with the themes when asked: within `pairs` (a relation `p` of unit_id and
 * month), or all of them when null.
 */
function reachDaysSql(pairs: string | null, themed: boolean): string {
  const activityUnits = pairs
    ? `${pairs} JOIN activity_units au ON au.unit_id = p.unit_id
       AND au.activity_date >= p.month AND au.activity_date < (p.month + interval '1 month')::date`
    : 'activity_units au';
  const requests = pairs
    ? `${pairs} JOIN support_requests r ON r.unit_id = p.unit_id
       AND r.resolved_at >= (p.month::timestamp AT TIME ZONE ${HELSINKI})
       AND r.resolved_at < ((p.month + interval '1 month')::timestamp AT TIME ZONE ${HELSINKI})`
    : 'support_requests r';
  return `SELECT au.unit_id, au.activity_date AS day${themed ? ', t.theme_code' : ''}
    FROM ${activityUnits}
    ${themed ? 'JOIN activity_themes t ON t.activity_id = au.activity_id' : ''}
    UNION ALL
    SELECT r.unit_id, (r.resolved_at AT TIME ZONE ${HELSINKI})::date${themed ? ', t.theme_code' : ''}
    FROM ${requests}
    ${themed ? 'JOIN support_request_themes t ON t.request_id = r.id' : ''}
    WHERE r.unit_id IS NOT NULL AND r.resolved_at IS NOT NULL`;
}

const DAY_BIT = `bit_or(1 << (extract(day FROM day)::int - 1))`;
const PAIRS = '(SELECT DISTINCT * FROM unnest(p_units, p_months) AS pairs(unit_id, month)) p';

const FUNCTIONS = [
  `CREATE FUNCTION refresh_unit_reach(p_units uuid[], p_months date[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF coalesce(array_length(p_units, 1), 0) = 0 THEN
      RETURN;
    END IF;
    PERFORM 1 FROM units WHERE id = ANY (p_units) ORDER BY id FOR NO KEY UPDATE;
    DELETE FROM unit_reach_months r USING ${PAIRS} WHERE r.unit_id = p.unit_id AND r.month = p.month;
    DELETE FROM unit_theme_reach_months r USING ${PAIRS} WHERE r.unit_id = p.unit_id AND r.month = p.month;
    INSERT INTO unit_reach_months (month, unit_id, days)
    SELECT date_trunc('month', day)::date, unit_id, ${DAY_BIT}
    FROM (${reachDaysSql(PAIRS, false)}) reach GROUP BY 1, 2;
    INSERT INTO unit_theme_reach_months (month, theme_code, unit_id, days)
    SELECT date_trunc('month', day)::date, theme_code, unit_id, ${DAY_BIT}
    FROM (${reachDaysSql(PAIRS, true)}) reach GROUP BY 1, 2, 3;
  END $$`,
  `CREATE FUNCTION refresh_activity_minutes(p_activities uuid[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF coalesce(array_length(p_activities, 1), 0) = 0 THEN
      RETURN;
    END IF;
    WITH old AS (
      DELETE FROM activity_region_minutes WHERE activity_id = ANY (p_activities)
      RETURNING region_code, activity_date, minutes),
    fresh AS (
      INSERT INTO activity_region_minutes (activity_id, region_code, activity_date, minutes)
      SELECT a.id, pairs.region_code, a.activity_date,
             a.duration_minutes::numeric / count(*) OVER (PARTITION BY a.id)
      FROM (SELECT DISTINCT au.activity_id, u.region_code
            FROM activity_units au JOIN units u ON u.id = au.unit_id
            WHERE au.activity_id = ANY (p_activities)) pairs
      JOIN activities a ON a.id = pairs.activity_id
      RETURNING region_code, activity_date, minutes),
    delta AS (
      SELECT region_code, date_trunc('month', activity_date)::date AS month, sum(minutes) AS minutes
      FROM (SELECT region_code, activity_date, -minutes AS minutes FROM old
            UNION ALL SELECT region_code, activity_date, minutes FROM fresh) changes
      GROUP BY 1, 2)
    INSERT INTO region_month_minutes (month, region_code, minutes)
    SELECT month, region_code, minutes FROM delta ORDER BY month, region_code
    ON CONFLICT (month, region_code) DO UPDATE SET minutes = region_month_minutes.minutes + excluded.minutes;
  END $$`,
  // activity_units: reach of the units on those dates, minutes of those activities.
  `CREATE FUNCTION activity_units_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
    months date[];
    ids uuid[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(unit_id), array_agg(month) INTO units, months
      FROM (SELECT DISTINCT unit_id, date_trunc('month', activity_date)::date AS month FROM new_rows) c;
      SELECT array_agg(DISTINCT activity_id) INTO ids FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(unit_id), array_agg(month) INTO units, months
      FROM (SELECT DISTINCT unit_id, date_trunc('month', activity_date)::date AS month FROM old_rows) c;
      SELECT array_agg(DISTINCT activity_id) INTO ids FROM old_rows;
    ELSE
      SELECT array_agg(unit_id), array_agg(month) INTO units, months
      FROM (SELECT unit_id, date_trunc('month', activity_date)::date AS month FROM new_rows
            UNION SELECT unit_id, date_trunc('month', activity_date)::date FROM old_rows) c;
      SELECT array_agg(activity_id) INTO ids
      FROM (SELECT activity_id FROM new_rows UNION SELECT activity_id FROM old_rows) c;
    END IF;
    PERFORM refresh_unit_reach(units, months);
    PERFORM refresh_activity_minutes(ids);
    RETURN NULL;
  END $$`,
  // activity_themes: theme reach of the activity's units in its month.
  `CREATE FUNCTION activity_themes_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
    months date[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(au.unit_id), array_agg(date_trunc('month', au.activity_date)::date) INTO units, months
      FROM activity_units au WHERE au.activity_id IN (SELECT activity_id FROM new_rows);
    ELSE
      SELECT array_agg(au.unit_id), array_agg(date_trunc('month', au.activity_date)::date) INTO units, months
      FROM activity_units au WHERE au.activity_id IN (SELECT activity_id FROM old_rows);
    END IF;
    PERFORM refresh_unit_reach(units, months);
    RETURN NULL;
  END $$`,
  // activities: a new date or duration moves or changes the minutes; a deleted activity takes them away.
  `CREATE FUNCTION activities_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    ids uuid[];
  BEGIN
    IF TG_OP = 'DELETE' THEN
      SELECT array_agg(id) INTO ids FROM old_rows;
    ELSE
      SELECT array_agg(n.id) INTO ids FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.activity_date IS DISTINCT FROM o.activity_date OR n.duration_minutes IS DISTINCT FROM o.duration_minutes;
    END IF;
    PERFORM refresh_activity_minutes(ids);
    RETURN NULL;
  END $$`,
  // support_requests: a request reaches its unit on the day it is resolved.
  `CREATE FUNCTION support_requests_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
    months date[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(unit_id), array_agg(date_trunc('month', resolved_at AT TIME ZONE ${HELSINKI})::date)
      INTO units, months FROM new_rows WHERE unit_id IS NOT NULL AND resolved_at IS NOT NULL;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(unit_id), array_agg(date_trunc('month', resolved_at AT TIME ZONE ${HELSINKI})::date)
      INTO units, months FROM old_rows WHERE unit_id IS NOT NULL AND resolved_at IS NOT NULL;
    ELSE
      SELECT array_agg(unit_id), array_agg(month) INTO units, months
      FROM (SELECT r.unit_id, date_trunc('month', r.resolved_at AT TIME ZONE ${HELSINKI})::date AS month
            FROM new_rows n JOIN old_rows o ON o.id = n.id, LATERAL (VALUES (n.unit_id, n.resolved_at), (o.unit_id, o.resolved_at)) r(unit_id, resolved_at)
            WHERE (n.unit_id IS DISTINCT FROM o.unit_id OR n.resolved_at IS DISTINCT FROM o.resolved_at)
              AND r.unit_id IS NOT NULL AND r.resolved_at IS NOT NULL) c;
    END IF;
    PERFORM refresh_unit_reach(units, months);
    RETURN NULL;
  END $$`,
  // support_request_themes: theme reach of a resolved request's unit.
  `CREATE FUNCTION support_request_themes_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
    months date[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(r.unit_id), array_agg(date_trunc('month', r.resolved_at AT TIME ZONE ${HELSINKI})::date)
      INTO units, months FROM support_requests r
      WHERE r.id IN (SELECT request_id FROM new_rows) AND r.unit_id IS NOT NULL AND r.resolved_at IS NOT NULL;
    ELSE
      SELECT array_agg(r.unit_id), array_agg(date_trunc('month', r.resolved_at AT TIME ZONE ${HELSINKI})::date)
      INTO units, months FROM support_requests r
      WHERE r.id IN (SELECT request_id FROM old_rows) AND r.unit_id IS NOT NULL AND r.resolved_at IS NOT NULL;
    END IF;
    PERFORM refresh_unit_reach(units, months);
    RETURN NULL;
  END $$`,
  // units: moving a unit to another region moves its share of its activities' minutes.
  `CREATE FUNCTION units_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    ids uuid[];
  BEGIN
    SELECT array_agg(DISTINCT au.activity_id) INTO ids
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN activity_units au ON au.unit_id = n.id
    WHERE n.region_code IS DISTINCT FROM o.region_code;
    PERFORM refresh_activity_minutes(ids);
    RETURN NULL;
  END $$`,
  // Recomputes every aggregate from the records (the migration's backfill; after bulk loads).
  `CREATE FUNCTION rebuild_dashboard_aggregates() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE unit_reach_months, unit_theme_reach_months, activity_region_minutes, region_month_minutes;
    INSERT INTO unit_reach_months (month, unit_id, days)
    SELECT date_trunc('month', day)::date, unit_id, ${DAY_BIT}
    FROM (${reachDaysSql(null, false)}) reach GROUP BY 1, 2;
    INSERT INTO unit_theme_reach_months (month, theme_code, unit_id, days)
    SELECT date_trunc('month', day)::date, theme_code, unit_id, ${DAY_BIT}
    FROM (${reachDaysSql(null, true)}) reach GROUP BY 1, 2, 3;
    INSERT INTO activity_region_minutes (activity_id, region_code, activity_date, minutes)
    SELECT a.id, pairs.region_code, a.activity_date, a.duration_minutes::numeric / count(*) OVER (PARTITION BY a.id)
    FROM (SELECT DISTINCT au.activity_id, u.region_code FROM activity_units au JOIN units u ON u.id = au.unit_id) pairs
    JOIN activities a ON a.id = pairs.activity_id;
    INSERT INTO region_month_minutes (month, region_code, minutes)
    SELECT date_trunc('month', activity_date)::date, region_code, sum(minutes)
    FROM activity_region_minutes GROUP BY 1, 2;
  END $$`,
];

const TRIGGERS: [table: string, fn: string, events: string[]][] = [
  ['activity_units', 'activity_units_aggregates', ['INSERT', 'UPDATE', 'DELETE']],
  ['activity_themes', 'activity_themes_aggregates', ['INSERT', 'DELETE']],
  ['activities', 'activities_aggregates', ['UPDATE', 'DELETE']],
  ['support_requests', 'support_requests_aggregates', ['INSERT', 'UPDATE', 'DELETE']],
  ['support_request_themes', 'support_request_themes_aggregates', ['INSERT', 'DELETE']],
  ['units', 'units_aggregates', ['UPDATE']],
];

function triggerSql(table: string, fn: string, event: string): string {
  const transitions =
    event === 'INSERT'
      ? 'NEW TABLE AS new_rows'
      : event === 'DELETE'
        ? 'OLD TABLE AS old_rows'
        : 'NEW TABLE AS new_rows OLD TABLE AS old_rows';
  return `CREATE TRIGGER "tg_${table}_aggregates_${event.toLowerCase()}" AFTER ${event} ON "${table}"
    REFERENCING ${transitions} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`;
}

export class DashboardAggregates1795340000000 implements MigrationInterface {
  name = 'DashboardAggregates1795340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "unit_reach_months" ("month" date NOT NULL, "unit_id" uuid NOT NULL, "days" integer NOT NULL, CONSTRAINT "pk_unit_reach_months" PRIMARY KEY ("month", "unit_id") INCLUDE ("days"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_unit_reach_months_unit_id" ON "unit_reach_months" ("unit_id", "month")',
    );
    await queryRunner.query(
      'CREATE TABLE "unit_theme_reach_months" ("month" date NOT NULL, "theme_code" varchar(64) NOT NULL, "unit_id" uuid NOT NULL, "days" integer NOT NULL, CONSTRAINT "pk_unit_theme_reach_months" PRIMARY KEY ("month", "theme_code", "unit_id") INCLUDE ("days"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_unit_theme_reach_months_unit_id" ON "unit_theme_reach_months" ("unit_id", "month")',
    );
    await queryRunner.query(
      'CREATE TABLE "activity_region_minutes" ("activity_id" uuid NOT NULL, "region_code" varchar(5) NOT NULL, "activity_date" date NOT NULL, "minutes" numeric NOT NULL, CONSTRAINT "pk_activity_region_minutes" PRIMARY KEY ("activity_id", "region_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_activity_region_minutes_activity_date" ON "activity_region_minutes" ("activity_date") INCLUDE ("region_code", "minutes")',
    );
    await queryRunner.query(
      'CREATE TABLE "region_month_minutes" ("month" date NOT NULL, "region_code" varchar(5) NOT NULL, "minutes" numeric NOT NULL, CONSTRAINT "pk_region_month_minutes" PRIMARY KEY ("month", "region_code") INCLUDE ("minutes"))',
    );
    for (const fn of FUNCTIONS) {
      await queryRunner.query(fn);
    }
    await queryRunner.query('SELECT rebuild_dashboard_aggregates()');
    for (const [table, fn, events] of TRIGGERS) {
      for (const event of events) {
        await queryRunner.query(triggerSql(table, fn, event));
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, , events] of TRIGGERS) {
      for (const event of events) {
        await queryRunner.query(`DROP TRIGGER "tg_${table}_aggregates_${event.toLowerCase()}" ON "${table}"`);
      }
    }
    for (const fn of [
      'rebuild_dashboard_aggregates()',
      'units_aggregates()',
      'support_request_themes_aggregates()',
      'support_requests_aggregates()',
      'activities_aggregates()',
      'activity_themes_aggregates()',
      'activity_units_aggregates()',
      'refresh_activity_minutes(uuid[])',
      'refresh_unit_reach(uuid[], date[])',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query('DROP TABLE "region_month_minutes"');
    await queryRunner.query('DROP TABLE "activity_region_minutes"');
    await queryRunner.query('DROP TABLE "unit_theme_reach_months"');
    await queryRunner.query('DROP TABLE "unit_reach_months"');
  }
}
