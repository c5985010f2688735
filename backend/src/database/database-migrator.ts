import type { DataSource } from 'typeorm';
import { syncReferenceData } from './reference-data/reference-data.sync';

// Any constant shared by every instance: only one of them migrates at a time. The lock holds one pooled
// connection while the migrations use another, so the pool needs at least two.
const MIGRATION_LOCK_KEY = 4_107_052_001;

/**
 * Applies pending migrations and refreshes the reference data, holding a PostgreSQL advisory lock so that
 * several API instances starting against one database do not migrate concurrently.
 */
export async function migrateDatabase(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      await syncReferenceData(dataSource);
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
