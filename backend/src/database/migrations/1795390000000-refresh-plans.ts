import type { MigrationInterface, QueryRunner } from 'typeorm';
import { mergeReachSql } from './1795360000000-reach-counts';

// The write path of the dashboard pre-aggregates, made cheaper (docs/performance.md, "Activity logging"):
// - the refresh functions keep one generic plan per connection instead of planning their statements anew on
//   every call (planning the merge statements cost more than running them);
// - a change of themes (activity_themes, support_request_themes) refreshes only the reach by theme: the reach
//   of a unit does not depend on themes.

const HELSINKI = `'Europe/Helsinki'`;

const GENERIC_PLANS = ['refresh_unit_reach(uuid[], date[])', 'refresh_activity_minutes(uuid[])'];

const THEME_REFRESH = `CREATE FUNCTION refresh_unit_theme_reach(p_units uuid[], p_months date[]) RETURNS void
  LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
  BEGIN
    IF coalesce(array_length(p_units, 1), 0) = 0 THEN
      RETURN;
    END IF;
    PERFORM 1 FROM units WHERE id = ANY (p_units) ORDER BY id FOR NO KEY UPDATE;
    ${mergeReachSql(true)};
  END $$`;

/** The two themes triggers of migration DashboardAggregates, calling `refresh`. */
const themeTriggerFunctions = (refresh: string): string[] => [
  `CREATE OR REPLACE FUNCTION activity_themes_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
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
    PERFORM ${refresh}(units, months);
    RETURN NULL;
  END $$`,
  `CREATE OR REPLACE FUNCTION support_request_themes_aggregates() RETURNS trigger LANGUAGE plpgsql AS $$
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
    PERFORM ${refresh}(units, months);
    RETURN NULL;
  END $$`,
];

export class RefreshPlans1795390000000 implements MigrationInterface {
  name = 'RefreshPlans1795390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const fn of GENERIC_PLANS) {
      await queryRunner.query(`ALTER FUNCTION ${fn} SET plan_cache_mode = force_generic_plan`);
    }
    await queryRunner.query(THEME_REFRESH);
    for (const fn of themeTriggerFunctions('refresh_unit_theme_reach')) {
      await queryRunner.query(fn);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of themeTriggerFunctions('refresh_unit_reach')) {
      await queryRunner.query(fn);
    }
    await queryRunner.query('DROP FUNCTION refresh_unit_theme_reach(uuid[], date[])');
    for (const fn of GENERIC_PLANS) {
      await queryRunner.query(`ALTER FUNCTION ${fn} RESET plan_cache_mode`);
    }
  }
}
