import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { type DatabaseServerLogger, startEmbeddedPostgres } from '../embedded-postgres-server';

export interface SchemaDiff {
  readonly up: string[];
  readonly down: string[];
}

const quietLogger: DatabaseServerLogger = {
  info: () => undefined,
  debug: () => undefined,
  warn: () => undefined,
};

/** Applies every migration to an empty database and returns what the entities still need. */
export async function diffSchemaAgainstMigrations(dataSource: DataSource): Promise<SchemaDiff> {
  await dataSource.runMigrations({ transaction: 'each' });
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query).reverse(),
  };
}

/** Runs `work` against a throwaway embedded PostgreSQL (or DATABASE_URL's server, on a fresh database). */
export async function withScratchDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(join(tmpdir(), 'keino-schema-'));
  const server = await startEmbeddedPostgres(directory, quietLogger, 'schema_diff');
  const dataSource = new DataSource(dataSourceOptions(server.url, 2));
  try {
    await dataSource.initialize();
    return await work(dataSource);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await server.stop();
    await rm(directory, { recursive: true, force: true });
  }
}
