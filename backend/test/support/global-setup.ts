import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { migrateDatabase } from '../../src/database/database-migrator';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres-server';
import { TEMPLATE_DATABASE } from './test-database';
import { setRunningServer } from './test-server-registry';

const silent = { info: () => undefined, debug: () => undefined, warn: () => undefined };

/** One PostgreSQL server for the whole run, with a migrated template database to clone per test file. */
export default async function globalSetup(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'keino-int-'));
  const server = await startEmbeddedPostgres(directory, silent, TEMPLATE_DATABASE);
  setRunningServer(server, directory);
  const url = new URL(server.url);
  process.env['TEST_DATABASE_SERVER_URL'] = url.toString();

  const dataSource = new DataSource(dataSourceOptions(server.url, 2));
  await dataSource.initialize();
  try {
    await migrateDatabase(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
