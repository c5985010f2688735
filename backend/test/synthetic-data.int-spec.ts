import 'reflect-metadata';
import { Pool } from 'pg';
import { AppDataSource } from '../src/database/app-data-source';
import { dataSourceOptions } from '../src/database/data-source-options';
import { loadSyntheticData, removeSyntheticData } from '../src/database/tools/generate/load-synthetic-data';
import type { ScaleProfile } from '../src/database/tools/generate/scale-profiles';
import { expectAggregatesEqualToRebuild } from './support/dashboard-aggregates';
import { createTestDatabase } from './support/test-database';

// The bench's data (npm run generate) is loaded with the pre-aggregates' triggers off: the generator writes the
// aggregates itself, from what it generated. The dashboards the bench measures are only right if those equal
// what the triggers keep, so they are compared here with a rebuild from the loaded records, on a small network
// that has synthetic regions beyond Finland's 19 as the EU scale does.
const PROFILE: ScaleProfile = {
  regions: 24,
  units: 400,
  agents: 8,
  requests: 1_500,
  activities: 6_000,
  followUps: 1_500,
  years: 2,
  uncoveredRegionShare: 0.05,
};

describe('synthetic bench data', () => {
  let dataSource: AppDataSource;
  let pool: Pool;

  beforeAll(async () => {
    const url = await createTestDatabase();
    dataSource = new AppDataSource(dataSourceOptions(url, 2));
    await dataSource.initialize();
    pool = new Pool({ connectionString: url, max: 1 });
  });

  afterAll(async () => {
    await pool.end();
    await dataSource.destroy();
  });

  it('loads the profile with every pre-aggregate equal to a rebuild from its records, again after a reset', async () => {
    await load(3);
    expect(await count('regions')).toBe(PROFILE.regions);
    expect(await count('units')).toBe(PROFILE.units);
    expect(await count('agents')).toBe(PROFILE.agents);
    expect(await count('support_requests')).toBe(PROFILE.requests);
    expect(await count('activities')).toBe(PROFILE.activities);
    expect(await count('follow_ups')).toBe(PROFILE.followUps);
    // Reach days over months with gaps between them, not only single months, so the comparison below says
    // something about how the bit strings are laid out.
    const [reach] = (await dataSource.query(
      `SELECT count(*)::int AS units, max(length(days))::int AS longest,
              count(*) FILTER (WHERE length(days) > 62 AND days::text ~ '1.*0{31,}.*1')::int AS with_gaps
       FROM unit_reach_days`,
    )) as { units: number; longest: number; with_gaps: number }[];
    expect(reach.units).toBeGreaterThan(PROFILE.units / 2);
    expect(reach.longest).toBeGreaterThan(365);
    expect(reach.with_gaps).toBeGreaterThan(0);
    await expectAggregatesEqualToRebuild(dataSource);

    // `npm run generate -- --reset`: the triggers that keep the yearly counts and medians must let it empty them.
    const client = await pool.connect();
    try {
      await removeSyntheticData(client);
    } finally {
      client.release();
    }
    for (const table of [
      'units',
      'users',
      'support_requests',
      'unit_theme_reach_days',
      'region_year_minutes',
    ]) {
      expect([table, await count(table)]).toEqual([table, 0]);
    }
    expect(await count('region_first_response_medians')).toBe(0);
    expect(await count('regions')).toBe(19);
    await load(4);
    expect(await count('units')).toBe(PROFILE.units);
    await expectAggregatesEqualToRebuild(dataSource);
  }, 120_000);

  async function load(seed: number): Promise<void> {
    const client = await pool.connect();
    try {
      await loadSyntheticData(client, { seed, profile: PROFILE, progress: () => undefined });
    } finally {
      client.release();
    }
  }

  async function count(table: string): Promise<number> {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`)) as {
      count: number;
    }[];
    return row.count;
  }
});
