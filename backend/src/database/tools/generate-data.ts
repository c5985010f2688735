import 'reflect-metadata';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { migrateDatabase } from '../database-migrator';
import { startEmbeddedPostgres, type RunningDatabaseServer } from '../embedded-postgres-server';
import {
  BENCH_COORDINATOR_EMAIL,
  BENCH_MINISTRY_EMAIL,
  BENCH_PASSWORD,
  SCALES,
  benchAgentEmail,
  benchDataDirectory,
  type Scale,
} from './generate/bench-accounts';
import { loadSyntheticData, removeSyntheticData } from './generate/load-synthetic-data';
import { SCALE_PROFILES } from './generate/scale-profiles';

// Fills a database with deterministic synthetic data for benchmarks:
//   npm run generate -- --scale national|eu [--seed N] [--data-dir DIR] [--reset]
// Without DATABASE_URL it starts the embedded PostgreSQL in its own data directory (.data-bench-<scale>).

const USAGE = 'usage: npm run generate -- --scale national|eu [--seed N] [--data-dir DIR] [--reset]';

interface Options {
  readonly scale: Scale;
  readonly seed: number;
  readonly dataDirectory: string;
  readonly reset: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const scale = value('scale');
  if (!scale || !(SCALES as readonly string[]).includes(scale)) {
    throw new Error(USAGE);
  }
  const seed = Number(value('seed') ?? '1');
  if (!Number.isInteger(seed) || seed < 0) {
    throw new Error(`--seed must be a non-negative integer\n${USAGE}`);
  }
  return {
    scale: scale as Scale,
    seed,
    dataDirectory: value('data-dir') ?? benchDataDirectory(scale as Scale),
    reset: argv.includes('--reset'),
  };
}

const started = Date.now();
function progress(message: string): void {
  process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const profile = SCALE_PROFILES[options.scale];
  let server: RunningDatabaseServer | null = null;
  let url = process.env['DATABASE_URL'];
  if (!url) {
    server = await startEmbeddedPostgres(options.dataDirectory, {
      info: progress,
      debug: () => undefined,
      warn: progress,
    });
    url = server.url;
  }
  const dataSource = await new DataSource({
    ...dataSourceOptions(url, 2),
    migrationsRun: false,
  }).initialize();
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    progress('migrating');
    await migrateDatabase(dataSource);
    const client = await pool.connect();
    try {
      const { rows: existing } = await client.query<{ count: string }>('SELECT count(*) FROM users');
      if (Number(existing[0].count) > 0) {
        if (!options.reset) {
          throw new Error(
            'The database already has data: pass --reset to replace it, or use a fresh --data-dir',
          );
        }
        progress('removing the existing data');
        await removeSyntheticData(client);
      }
      await loadSyntheticData(client, { seed: options.seed, profile, progress });
    } finally {
      client.release();
    }
    progress('vacuum and analyze');
    await pool.query('VACUUM (ANALYZE)');
    progress(
      `done: ${options.scale} scale, seed ${options.seed}${server ? `, data directory ${options.dataDirectory}` : ''}`,
    );
    process.stdout.write(
      `Sign in with ${BENCH_COORDINATOR_EMAIL}, ${BENCH_MINISTRY_EMAIL} or ${benchAgentEmail(1)}…${benchAgentEmail(profile.agents)}, password "${BENCH_PASSWORD}"\n`,
    );
  } finally {
    await pool.end();
    await dataSource.destroy();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
