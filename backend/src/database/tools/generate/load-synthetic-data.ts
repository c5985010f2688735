import { hash } from '@node-rs/argon2';
import type { PoolClient } from 'pg';
import { helsinkiDate } from '../../../common/time/helsinki-date';
import {
  BENCH_COORDINATOR_EMAIL,
  BENCH_MINISTRY_EMAIL,
  BENCH_PASSWORD,
  benchAgentEmail,
} from './bench-accounts';
import { dropForBulkLoad, restoreAfterBulkLoad } from './bulk-load';
import { copyRows, type CopyValue } from './copy-writer';
import type { ScaleProfile } from './scale-profiles';
import { ActivityPlanner } from './synthetic-activities';
import { AGGREGATE_COLUMNS, SyntheticAggregates } from './synthetic-aggregates';
import { SyntheticCalendar } from './synthetic-calendar';
import { syntheticNetwork, type SyntheticRegion } from './synthetic-network';
import { SyntheticRandom } from './synthetic-random';
import { activeUnitCountRows } from './synthetic-reach-counts';
import { RequestPlanner } from './synthetic-requests';
import { COLUMNS, KIND, SyntheticRows } from './synthetic-rows';

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
  'unit_reach_days',
  'unit_theme_reach_days',
] as const;

/**
 * The yearly twins of the monthly counts, kept by the monthly tables' TRUNCATE triggers too (migration
 * DashboardRollups). A trigger cannot truncate a table that the statement firing it truncates, so a reset empties
 * them first, on their own; the first-response medians (FirstResponseMedians) go with their histograms.
 */
const YEARLY_TWINS = [
  'region_year_requests',
  'region_year_first_responses',
  'region_year_minutes',
  'theme_year_requests',
];

/**
 * Business data the generator does not load: what the product writes as it runs, and the counts the load rebuilds
 * in SQL.
 */
const OTHER_BUSINESS_TABLES = [
  'request_sla_warnings',
  'request_access_tokens',
  'sessions',
  'api_tokens',
  'password_setup_tokens',
  'audit_events',
  'outbox_emails',
  'job_runs',
  'region_month_requests',
  'region_month_first_responses',
  'theme_month_requests',
  'request_status_counts',
];

/**
 * Removes all business data and the synthetic regions, for a new load (`--reset`). Reference data (Finland's
 * regions, municipalities, themes, CPV) stays.
 */
export async function removeSyntheticData(client: PoolClient): Promise<void> {
  await client.query(`TRUNCATE ${YEARLY_TWINS.join(', ')}`);
  await client.query(
    `TRUNCATE ${[...LOADED_TABLES.filter((table) => table !== 'regions'), ...OTHER_BUSINESS_TABLES].join(', ')} CASCADE`,
  );
  await client.query(
    `DELETE FROM municipalities WHERE region_code NOT IN (SELECT code FROM regions WHERE nuts3_code LIKE 'FI%')`,
  );
  await client.query(`DELETE FROM regions WHERE nuts3_code NOT LIKE 'FI%'`);
}

/** How much to generate, from which seed, and where to report each step. */
export interface SyntheticDataOptions {
  readonly seed: number;
  readonly profile: ScaleProfile;
  readonly progress: (message: string) => void;
}

/**
 * Fills the migrated, empty business tables of the database behind `client` with the synthetic data of `profile`
 * and every pre-aggregate of the dashboards and lists, in one transaction: rows streamed with COPY into tables
 * whose keys, indexes and foreign keys are rebuilt afterwards (docs/performance.md, "Benchmark harness").
 */
export async function loadSyntheticData(client: PoolClient, options: SyntheticDataOptions): Promise<void> {
  const { profile, progress } = options;
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
    // The dashboards' pre-aggregates are written here, or rebuilt once at the end, instead of by their triggers
    // per COPY.
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
    await load(
      'unit_reach_days',
      aggregates.unitReachDays((unit) => rows.unitId(unit)),
    );
    await load(
      'unit_theme_reach_days',
      aggregates.unitThemeReachDays((unit) => rows.unitId(unit), themes),
    );
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
