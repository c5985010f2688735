import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { AppDataSource } from '../src/database/app-data-source';
import { migrateDatabase } from '../src/database/database-migrator';
import { type PreparedQueryOptions, preparedQuery } from '../src/database/prepared-query';
import { diffSchemaAgainstMigrations } from '../src/database/tools/schema-diff';
import { openTestDataSource } from './support/test-database';

describe('database schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openTestDataSource(2);
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('has migrations that create exactly what the entities describe (no drift)', async () => {
    const diff = await diffSchemaAgainstMigrations(dataSource);
    expect(diff.up).toEqual([]);
  });

  it('migrates idempotently: a second run applies nothing and keeps the reference data', async () => {
    expect(await migrateDatabase(dataSource)).toEqual([]);
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM municipalities');
    expect(count).toBe(308);
  });

  it("plans prepared statements once on their own pool when asked, and TypeORM's statements per call", async () => {
    const settings = async (options?: PreparedQueryOptions): Promise<{ mode: string; workers: string }> => {
      const sql = `SELECT current_setting('plan_cache_mode') AS mode,
                          current_setting('max_parallel_workers_per_gather') AS workers`;
      const [row] = await preparedQuery<{ mode: string; workers: string }>(dataSource, sql, [], options);
      return row;
    };
    // Planned once, without parallel workers; per call, with PostgreSQL's defaults.
    expect(await settings({ genericPlan: true })).toEqual({ mode: 'force_generic_plan', workers: '0' });
    expect(await settings()).toEqual({ mode: 'auto', workers: '2' });
    const [typeorm] = await dataSource.query("SELECT current_setting('plan_cache_mode') AS mode");
    expect(typeorm.mode).toBe('auto');
  });

  it('closes the pool of statements planned once with the data source', async () => {
    const other = (await openTestDataSource(1)) as AppDataSource;
    await preparedQuery(other, 'SELECT 1 AS one', [], { genericPlan: true });
    const pool = other.genericPlanPool;
    expect(pool?.totalCount).toBe(1);
    await other.destroy();
    expect(pool?.ended).toBe(true);
    expect(pool?.totalCount).toBe(0);
    expect(other.genericPlanPool).toBeUndefined();
  });

  it('reverts every migration with its down step and applies them again', async () => {
    await dataSource.query('TRUNCATE municipalities, regions, themes, cpv_divisions CASCADE');
    while ((await dataSource.query('SELECT count(*)::int AS count FROM migrations'))[0].count > 0) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const tables = await dataSource.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
    );
    expect(tables).toEqual([]);
    await migrateDatabase(dataSource);
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM regions');
    expect(count).toBe(19);
  });
});
