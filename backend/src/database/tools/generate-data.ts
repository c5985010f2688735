import 'reflect-metadata';
import { hash } from '@node-rs/argon2';
import { Pool, type PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { helsinkiDate } from '../../common/time/helsinki-date';
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
import { dropForBulkLoad, restoreAfterBulkLoad } from './generate/bulk-load';
import { copyRows, type CopyValue } from './generate/copy-writer';
import { SCALE_PROFILES } from './generate/scale-profiles';
import { ActivityPlanner } from './generate/synthetic-activities';
import { AGGREGATE_COLUMNS, SyntheticAggregates } from './generate/synthetic-aggregates';
import { activeUnitCountRows } from './generate/synthetic-reach-counts';
import { SyntheticCalendar } from './generate/synthetic-calendar';
import { syntheticNetwork, type SyntheticRegion } from './generate/synthetic-network';
import { SyntheticRandom } from './generate/synthetic-random';
import { RequestPlanner } from './generate/synthetic-requests';
import { COLUMNS, KIND, SyntheticRows } from './generate/synthetic-rows';

// Fills a database with deterministic synthetic data for benchmarks:
//   npm run generate -- --scale national|eu [--seed N] [--data-dir DIR] [--reset]
// Without DATABASE_URL it starts the embedded PostgreSQL in its own data directory (.data-bench-<scale>).

const USAGE = 'usage: npm run generate -- --scale national|eu [--seed N] [--data-dir DIR] [--reset]';

/** The tables the generator fills, in load order (parents first). */
const LOADED_TABLES = [
  'regions',
  'units',
  'contacts',
  'users',
  'agents',
  'agent_region_assignments',
  'support_requests',
  'support_request_themes',
  'request_events',
  'activities',
  'activity_units',
  'activity_themes',
  'follow_ups',
  'unit_reach_months',
  'unit_theme_reach_months',
  'activity_region_minutes',
  'region_month_minutes',
  'theme_day_activities',
  'reach_counts',
  'active_unit_counts',
] as const;

// Business data a reset removes; reference data (regions of Finland, municipalities, themes, CPV) stays.
const RESET_TABLES = [
  'follow_ups',
  'activity_themes',
  'activity_units',
  'activities',
  'request_sla_warnings',
  'request_access_tokens',
  'request_events',
  'support_request_themes',
  'support_requests',
  'agent_region_assignments',
  'agents',
  'sessions',
  'api_tokens',
  'password_setup_tokens',
  'users',
  'contacts',
  'units',
  'audit_events',
  'outbox_emails',
  'job_runs',
  'unit_reach_months',
  'unit_theme_reach_months',
  'activity_region_minutes',
  'region_month_minutes',
  'theme_day_activities',
  'reach_counts',
  'active_unit_counts',
  'region_month_requests',
  'region_month_first_responses',
  'theme_month_requests',
  'region_year_requests',
  'region_year_first_responses',
  'region_first_response_medians',
  'region_year_minutes',
  'theme_year_requests',
  'unit_reach_days',
  'unit_theme_reach_days',
];

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
        await client.query(`TRUNCATE ${RESET_TABLES.join(', ')} CASCADE`);
        await client.query(
          `DELETE FROM municipalities WHERE region_code NOT IN (SELECT code FROM regions WHERE nuts3_code LIKE 'FI%')`,
        );
        await client.query(`DELETE FROM regions WHERE nuts3_code NOT LIKE 'FI%'`);
      }
      await generate(client, options, profile);
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

async function generate(
  client: PoolClient,
  options: Options,
  profile: (typeof SCALE_PROFILES)[Scale],
): Promise<void> {
  const random = new SyntheticRandom(options.seed);
  const today = helsinkiDate();
  const calendar = new SyntheticCalendar(today, profile.years);
  const finnishRegions = await finnishNetwork(client);
  const themes = (
    await client.query<{ code: string }>('SELECT code FROM themes ORDER BY sort_order')
  ).rows.map((row) => row.code);
  const cpvDivisions = (
    await client.query<{ code: string }>('SELECT code FROM cpv_divisions ORDER BY code')
  ).rows.map((row) => row.code);
  progress('planning the network');
  const network = syntheticNetwork(random, profile, finnishRegions, calendar.todayIndex);
  const requests = new RequestPlanner(options.seed, network, calendar);
  const requestIndex = requests.index(profile.requests);
  const activities = new ActivityPlanner(options.seed, network, calendar, requestIndex, themes.length);
  const aggregates = new SyntheticAggregates(network, calendar, profile.activities, themes.length);
  const rows = new SyntheticRows({
    aggregates,
    seed: options.seed,
    network,
    calendar,
    requests,
    requestIndex,
    activities,
    themes,
    cpvDivisions,
    passwordHash: await hash(BENCH_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
    counts: { requests: profile.requests, activities: profile.activities, followUps: profile.followUps },
    coordinatorIndex: profile.agents,
    ministryIndex: profile.agents + 1,
    agentEmail: benchAgentEmail,
    coordinatorEmail: BENCH_COORDINATOR_EMAIL,
    ministryEmail: BENCH_MINISTRY_EMAIL,
    generatedAt: calendar.instant(0, 8 * 60).toISOString(),
  });

  await client.query('BEGIN');
  try {
    await client.query("SET LOCAL maintenance_work_mem = '1GB'");
    await client.query("SET LOCAL work_mem = '256MB'");
    await client.query('SET LOCAL synchronous_commit = off');
    const dropped = await dropForBulkLoad(client, LOADED_TABLES);
    // The dashboards' pre-aggregates are rebuilt once at the end instead of by their triggers per COPY.
    for (const table of LOADED_TABLES) {
      await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    }
    const columns = { ...COLUMNS, ...AGGREGATE_COLUMNS };
    const load = async (table: keyof typeof columns, source: Iterable<CopyValue[]>): Promise<void> => {
      const count = await copyRows(client, table, columns[table], source);
      progress(`${table}: ${count.toLocaleString('en')} rows`);
    };
    await load('regions', rows.regions());
    await load('units', rows.units());
    await load('contacts', rows.contacts());
    await load('users', rows.users());
    await load('agents', rows.agents());
    await load('agent_region_assignments', rows.assignments());
    await load('support_requests', rows.requests());
    await load('support_request_themes', rows.requestThemes());
    await load('request_events', rows.requestEvents());
    await load('activities', rows.activities());
    await load('activity_units', rows.activityUnits());
    await load('activity_themes', rows.activityThemes());
    await load('follow_ups', rows.followUps());
    await load(
      'unit_reach_months',
      aggregates.unitReachMonths((unit) => rows.unitId(unit)),
    );
    await load(
      'unit_theme_reach_months',
      aggregates.unitThemeReachMonths((unit) => rows.unitId(unit), themes),
    );
    await load(
      'activity_region_minutes',
      aggregates.activityRegionMinutes((index) => rows.uuid(KIND.activity, index)),
    );
    await load('region_month_minutes', aggregates.regionMonthMinuteRows());
    await load('theme_day_activities', aggregates.themeDayActivityRows(themes));
    await load('reach_counts', aggregates.reachCountRows(themes));
    await load('active_unit_counts', activeUnitCountRows(network));
    await client.query(`SELECT setval(pg_get_serial_sequence('support_requests', 'number'), $1)`, [
      profile.requests,
    ]);
    await client.query(
      `SELECT setval(pg_get_serial_sequence('request_events', 'sequence'), (SELECT coalesce(max(sequence), 1) FROM request_events))`,
    );
    await restoreAfterBulkLoad(client, dropped, (message) => progress(`rebuilding ${message}`));
    for (const table of LOADED_TABLES) {
      await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    }
    // Activities reaching several regions: PostgreSQL shares their minutes, as the triggers would.
    const shared = aggregates.multiRegionActivities;
    progress(
      `dashboard minutes of ${shared.length.toLocaleString('en')} activities reaching several regions`,
    );
    for (let start = 0; start < shared.length; start += 10_000) {
      const ids = shared.slice(start, start + 10_000).map((index) => rows.uuid(KIND.activity, index));
      await client.query('SELECT refresh_activity_minutes($1::uuid[])', [ids]);
    }
    progress('request counts per region and month');
    await client.query('SELECT rebuild_request_counts()');
    await client.query('SELECT rebuild_request_theme_counts()');
    // The requests list's totals per status and region (migration RequestStatusCounts).
    await client.query('SELECT rebuild_request_status_counts()');
    // The yearly counts of the monthly ones (migration DashboardRollups): the minutes were loaded without triggers.
    await client.query('SELECT rebuild_dashboard_years()');
    progress('reach days per unit, and per unit and theme');
    await client.query('SELECT rebuild_reach_days()');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Finland's regions with their municipalities, from the reference data the migrations loaded. */
async function finnishNetwork(client: PoolClient): Promise<SyntheticRegion[]> {
  const { rows } = await client.query<{ code: string; municipalities: { code: string; name: string }[] }>(
    `SELECT r.code, json_agg(json_build_object('code', m.code, 'name', m.name_fi) ORDER BY m.code) AS municipalities
     FROM regions r JOIN municipalities m ON m.region_code = r.code
     WHERE r.nuts3_code LIKE 'FI%' GROUP BY r.code ORDER BY r.code`,
  );
  return rows.map((row) => ({ code: row.code.trim(), names: null, municipalities: row.municipalities }));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
