import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { migrateDatabase } from '../src/database/database-migrator';
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
