import type { MigrationInterface, QueryRunner } from 'typeorm';

// Activities per theme and month, for the national dashboard's "activities by theme" (docs/performance.md):
// counts kept by triggers in the writing transaction, like the DashboardAggregates migration's tables.
// - activity_themes rows added or removed count at their activity's month (an activity's themes are
//   replaced by deleting and inserting them, so an edit is a removal and an addition);
// - an activity moving to another month moves its themes' counts;
// - a deleted activity is counted out before the delete cascades to its themes (when those rows go, the
//   activity is already gone and the themes' trigger finds nothing to count).

const UPSERT = `INSERT INTO theme_month_activities (month, theme_code, activities)`;
const ADD = `ON CONFLICT (month, theme_code) DO UPDATE
  SET activities = theme_month_activities.activities + excluded.activities`;

export class ThemeActivityCounts1795350000000 implements MigrationInterface {
  name = 'ThemeActivityCounts1795350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "theme_month_activities" ("month" date NOT NULL, "theme_code" varchar(64) NOT NULL, "activities" integer NOT NULL, CONSTRAINT "pk_theme_month_activities" PRIMARY KEY ("month", "theme_code") INCLUDE ("activities"))',
    );
    await queryRunner.query(`CREATE FUNCTION count_theme_activities(p_activities uuid[], p_sign integer)
      RETURNS void LANGUAGE sql AS $$
        ${UPSERT}
        SELECT date_trunc('month', a.activity_date)::date, t.theme_code, p_sign * count(*)
        FROM activities a JOIN activity_themes t ON t.activity_id = a.id
        WHERE a.id = ANY (p_activities)
        GROUP BY 1, 2 ORDER BY 1, 2
        ${ADD}
      $$`);
    await queryRunner.query(`CREATE FUNCTION activity_themes_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${UPSERT}
          SELECT date_trunc('month', a.activity_date)::date, n.theme_code, count(*)
          FROM new_rows n JOIN activities a ON a.id = n.activity_id
          GROUP BY 1, 2 ORDER BY 1, 2
          ${ADD};
        ELSE
          ${UPSERT}
          SELECT date_trunc('month', a.activity_date)::date, o.theme_code, -count(*)
          FROM old_rows o JOIN activities a ON a.id = o.activity_id
          GROUP BY 1, 2 ORDER BY 1, 2
          ${ADD};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION activities_theme_counts_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${UPSERT}
        SELECT month, theme_code, sum(change)
        FROM (SELECT date_trunc('month', o.activity_date)::date AS month, t.theme_code, -1 AS change
              FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN activity_themes t ON t.activity_id = n.id
              WHERE date_trunc('month', o.activity_date) <> date_trunc('month', n.activity_date)
              UNION ALL
              SELECT date_trunc('month', n.activity_date)::date, t.theme_code, 1
              FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN activity_themes t ON t.activity_id = n.id
              WHERE date_trunc('month', o.activity_date) <> date_trunc('month', n.activity_date)) moves
        GROUP BY 1, 2 ORDER BY 1, 2
        ${ADD};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION activities_theme_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM count_theme_activities(ARRAY[OLD.id], -1);
        RETURN OLD;
      END $$`);
    await queryRunner.query(`${UPSERT}
      SELECT date_trunc('month', a.activity_date)::date, t.theme_code, count(*)
      FROM activities a JOIN activity_themes t ON t.activity_id = a.id GROUP BY 1, 2`);
    await queryRunner.query(`CREATE TRIGGER "tg_activity_themes_counts_insert" AFTER INSERT ON "activity_themes"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_themes_counts()`);
    await queryRunner.query(`CREATE TRIGGER "tg_activity_themes_counts_delete" AFTER DELETE ON "activity_themes"
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_themes_counts()`);
    await queryRunner.query(`CREATE TRIGGER "tg_activities_theme_counts_update" AFTER UPDATE ON "activities"
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
      EXECUTE FUNCTION activities_theme_counts_moved()`);
    await queryRunner.query(`CREATE TRIGGER "tg_activities_theme_counts_delete" BEFORE DELETE ON "activities"
      FOR EACH ROW EXECUTE FUNCTION activities_theme_counts_deleted()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "tg_activities_theme_counts_delete" ON "activities"');
    await queryRunner.query('DROP TRIGGER "tg_activities_theme_counts_update" ON "activities"');
    await queryRunner.query('DROP TRIGGER "tg_activity_themes_counts_delete" ON "activity_themes"');
    await queryRunner.query('DROP TRIGGER "tg_activity_themes_counts_insert" ON "activity_themes"');
    await queryRunner.query('DROP FUNCTION activities_theme_counts_deleted()');
    await queryRunner.query('DROP FUNCTION activities_theme_counts_moved()');
    await queryRunner.query('DROP FUNCTION activity_themes_counts()');
    await queryRunner.query('DROP FUNCTION count_theme_activities(uuid[], integer)');
    await queryRunner.query('DROP TABLE "theme_month_activities"');
  }
}
