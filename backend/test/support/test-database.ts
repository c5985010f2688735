import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { AppDataSource } from '../../src/database/app-data-source';
import { dataSourceOptions } from '../../src/database/data-source-options';

export const TEMPLATE_DATABASE = 'keino_template';

/** Connection URL of the embedded server started by the global setup, for the named database. */
export function databaseUrl(database: string): string {
  const server = process.env['TEST_DATABASE_SERVER_URL'];
  if (!server) {
    throw new Error('TEST_DATABASE_SERVER_URL is not set: run integration tests through jest.int.config.ts');
  }
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database with every migration and the reference data, cloned from the template in ~100 ms. */
export async function createTestDatabase(): Promise<string> {
  const name = `test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return databaseUrl(name);
}

/** A data source on a fresh test database (`createTestDatabase`), initialised, with a pool of `poolSize`. */
export async function openTestDataSource(poolSize: number): Promise<DataSource> {
  const dataSource = new AppDataSource(dataSourceOptions(await createTestDatabase(), poolSize));
  await dataSource.initialize();
  return dataSource;
}
