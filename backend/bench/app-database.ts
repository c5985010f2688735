import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, type PoolConfig } from 'pg';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { withGenericPlans } from '../src/database/app-data-source';
import { dataSourceOptions } from '../src/database/data-source-options';

const DATABASE_NAME = 'keino_crm';

/**
 * The URL of the embedded PostgreSQL that the running app started for `dataDirectory`: its port is line 4 of
 * postmaster.pid, its password the file the app created next to the cluster.
 */
export async function appDatabaseUrl(dataDirectory: string): Promise<string> {
  const lock = await readFile(join(dataDirectory, 'postgres', 'postmaster.pid'), 'utf8');
  const port = Number.parseInt(lock.split('\n')[3] ?? '', 10);
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error(`No port in ${join(dataDirectory, 'postgres', 'postmaster.pid')}`);
  }
  const password = (await readFile(join(dataDirectory, 'postgres.password'), 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/**
 * A `pg` pool with the app's per-connection settings (the trigram threshold of unit search among them); with
 * `genericPlans`, those of the app's pool for statements planned once.
 */
export function openPool(url: string, size: number, genericPlans = false): Pool {
  const options = dataSourceOptions(url, size) as PostgresConnectionOptions;
  const extra = (options.extra ?? {}) as PoolConfig;
  const config: PoolConfig = {
    ...extra,
    connectionString: url,
    max: size,
    application_name: 'keino-crm-bench',
  };
  const pool = new Pool(genericPlans ? withGenericPlans(config) : config);
  // An idle connection that the server drops (the app stopping it) must not end the bench with an
  // unhandled 'error' event; the next query reports the problem instead.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Waits until none of the app's database connections is busy, at most `limitMs`; how long it waited. The
 * load generator stops without waiting for the requests it has sent, and the app still answers them.
 */
export async function waitUntilAppIdle(pool: Pool, limitMs = 5 * 60_000): Promise<number> {
  const startedAt = performance.now();
  while (performance.now() - startedAt < limitMs) {
    const { rows } = await pool.query<{ busy: number }>(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
       WHERE application_name = 'keino-crm' AND state <> 'idle'`,
    );
    if (rows[0]?.busy === 0) {
      break;
    }
    await sleep(100);
  }
  return performance.now() - startedAt;
}
