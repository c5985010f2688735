import type { MigrationInterface, QueryRunner } from 'typeorm';

// Activities per theme and day instead of per theme and month (docs/performance.md, "Periods without counts"):
// the national dashboard's "activities by theme" read a period's whole months from theme_month_activities and
// its other days from the activities themselves, 1.5 s at EU scale for a period from 15 March to 10 September.
// Per day, any period is one index range of at most a few rows per theme and day (18 000 rows in five years at
// EU scale). Each write still changes one row per theme of the activity, as it did per month. The triggers and
// functions are those of migration ThemeActivityCounts, keyed by the activity's date.

/** The table of counts and the key of an activity date in it, per day or (as before) per month. */
interface Granularity {
  readonly table: string;
  readonly column: string;
  readonly key: (date: string) => string;
}

const PER_DAY: Granularity = { table: 'theme_day_activities', column: 'day', key: (date) => date };
const PER_MONTH: Granularity = {
  table: 'theme_month_activities',
  column: 'month',
  key: (date) => `date_trunc('month', ${date})::date`,
};

function functionsSql({ table, column, key }: Granularity): string[] {
  const upsert = `INSERT INTO ${table} (${column}, theme_code, activities)`;
  const add = `ON CONFLICT (${column}, theme_code) DO UPDATE SET activities = ${table}.activities + excluded.activities`;
  return [
    `CREATE OR REPLACE FUNCTION count_theme_activities(p_activities uuid[], p_sign integer)
      RETURNS void LANGUAGE sql AS $$
        ${upsert}
        SELECT ${key('a.activity_date')}, t.theme_code, p_sign * count(*)
        FROM activities a JOIN activity_themes t ON t.activity_id = a.id
        WHERE a.id = ANY (p_activities)
        GROUP BY 1, 2 ORDER BY 1, 2
        ${add}
      $$`,
    `CREATE OR REPLACE FUNCTION activity_themes_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${upsert}
          SELECT ${key('a.activity_date')}, n.theme_code, count(*)
          FROM new_rows n JOIN activities a ON a.id = n.activity_id
          GROUP BY 1, 2 ORDER BY 1, 2
          ${add};
        ELSE
          ${upsert}
          SELECT ${key('a.activity_date')}, o.theme_code, -count(*)
          FROM old_rows o JOIN activities a ON a.id = o.activity_id
          GROUP BY 1, 2 ORDER BY 1, 2
          ${add};
        END IF;
        RETURN NULL;
      END $$`,
    `CREATE OR REPLACE FUNCTION activities_theme_counts_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${upsert}
        SELECT bucket, theme_code, sum(change)
        FROM (SELECT ${key('o.activity_date')} AS bucket, t.theme_code, -1 AS change
              FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN activity_themes t ON t.activity_id = n.id
              WHERE ${key('o.activity_date')} <> ${key('n.activity_date')}
              UNION ALL
              SELECT ${key('n.activity_date')}, t.theme_code, 1
              FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN activity_themes t ON t.activity_id = n.id
              WHERE ${key('o.activity_date')} <> ${key('n.activity_date')}) moves
        GROUP BY 1, 2 ORDER BY 1, 2
        ${add};
        RETURN NULL;
      END $$`,
  ];
}

/** The counts of every activity and theme, into the table of `granularity`. */
function countAllSql({ table, column, key }: Granularity): string {
  return `INSERT INTO ${table} (${column}, theme_code, activities)
    SELECT ${key('a.activity_date')}, t.theme_code, count(*)
    FROM activities a JOIN activity_themes t ON t.activity_id = a.id GROUP BY 1, 2`;
}

export class ThemeDayActivities1795470000000 implements MigrationInterface {
  name = 'ThemeDayActivities1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "theme_day_activities" ("day" date NOT NULL, "theme_code" varchar(64) NOT NULL, "activities" integer NOT NULL, CONSTRAINT "pk_theme_day_activities" PRIMARY KEY ("day", "theme_code") INCLUDE ("activities"))',
    );
    await queryRunner.query(countAllSql(PER_DAY));
    for (const fn of functionsSql(PER_DAY)) {
      await queryRunner.query(fn);
    }
    await queryRunner.query('DROP TABLE "theme_month_activities"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "theme_month_activities" ("month" date NOT NULL, "theme_code" varchar(64) NOT NULL, "activities" integer NOT NULL, CONSTRAINT "pk_theme_month_activities" PRIMARY KEY ("month", "theme_code") INCLUDE ("activities"))',
    );
    await queryRunner.query(countAllSql(PER_MONTH));
    for (const fn of functionsSql(PER_MONTH)) {
      await queryRunner.query(fn);
    }
    await queryRunner.query('DROP TABLE "theme_day_activities"');
  }
}
