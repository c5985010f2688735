import type { Pool } from 'pg';
import { startApi, type RunningApi } from './api-process';
import { removeBenchActivities } from './activity-writes';
import { appDatabaseUrl, openPool, waitUntilAppIdle } from './app-database';
import { discoverFixtures } from './bench-fixtures';
import type { BenchOptions } from './bench-options';
import type { RunResult, ScenarioResult } from './bench-results';
import { runLoad } from './load-runner';
import { cpuPerRequest, type ProcessTreeCpu, readProcessTreeCpu } from './process-cpu';
import { fixed } from './report';
import { deferredRssSampler, readRssMegabytes } from './rss-sampler';
import { type Scenario, buildScenarios } from './scenarios';
import { type BenchSession, signIn, signOut } from './sessions';
import { measureSql } from './sql-loop';

/** The API's DATABASE_POOL_SIZE, and the size of the raw-SQL pool, so that both sides queue alike. */
export const POOL_SIZE = 10;

export type ProgressLog = (line: string) => void;

async function startTimed(
  options: BenchOptions,
  repositoryRoot: string,
  log: ProgressLog,
): Promise<{ api: RunningApi; startToReadyMs: number[] }> {
  const startToReadyMs: number[] = [];
  for (let start = 1; ; start += 1) {
    const api = await startApi({ repositoryRoot, dataDirectory: options.dataDirectory, poolSize: POOL_SIZE });
    startToReadyMs.push(api.startToReadyMs);
    log(`  start ${start}/${options.starts}: ready in ${(api.startToReadyMs / 1000).toFixed(2)} s`);
    if (start === options.starts) {
      return { api, startToReadyMs };
    }
    await api.stop();
  }
}

async function measureScenario(
  scenario: Scenario,
  api: RunningApi,
  pool: Pool,
  options: BenchOptions,
  log: ProgressLog,
): Promise<ScenarioResult> {
  log(`  ${scenario.name}: ${scenario.description}`);
  const rss = deferredRssSampler(api.pid);
  let cpuBefore: ProcessTreeCpu | null = null;
  const load = await runLoad(
    {
      kind: 'run',
      baseUrl: api.baseUrl,
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
      requests: scenario.requests,
    },
    () => {
      rss.start();
      cpuBefore = readProcessTreeCpu(api.pid);
    },
  );
  const cpu = cpuPerRequest(cpuBefore, readProcessTreeCpu(api.pid), load.stats.successes);
  const apiRssMaxMb = rss.stop();
  const waitedMs = await waitUntilAppIdle(pool);
  if (waitedMs > 1000) {
    log(`    (waited ${fixed(waitedMs / 1000, 1)} s for the API to finish the requests left in flight)`);
  }
  const sql = scenario.sql
    ? await measureSql(scenario.sql, {
        concurrency: options.connections,
        warmupSeconds: options.warmupSeconds,
        durationSeconds: options.durationSeconds,
      })
    : null;
  const result: ScenarioResult = {
    name: scenario.name,
    description: scenario.description,
    connections: options.connections,
    target: scenario.target,
    api: load.stats,
    apiRssMaxMb,
    cpuPerRequest: cpu,
    sql: sql?.stats ?? null,
    apiToSqlP95: sql ? load.stats.p95Ms / sql.stats.p95Ms : null,
    firstError: load.firstError ?? sql?.firstError ?? null,
  };
  log(
    `    p95 ${fixed(load.stats.p95Ms, 1)} ms, ${fixed(load.stats.requestsPerSecond, 0)} req/s, ` +
      `${load.stats.errors} errors` +
      `${cpu ? `, CPU per request: API ${fixed(cpu.apiMs, 2)} ms, PostgreSQL ${fixed(cpu.databaseMs, 2)} ms` : ''}` +
      `${sql ? `; raw SQL p95 ${fixed(sql.stats.p95Ms, 1)} ms` : ''}` +
      `${result.firstError ? `; first error: ${result.firstError}` : ''}`,
  );
  return result;
}

interface RunState {
  pool: Pool | null;
  genericPlanPool: Pool | null;
  readonly sessions: BenchSession[];
}

async function measureAll(
  api: RunningApi,
  options: BenchOptions,
  state: RunState,
  log: ProgressLog,
): Promise<Omit<RunResult, 'startToReadyMs' | 'apiRssAtReadyMb' | 'removedActivities'>> {
  const databaseUrl = await appDatabaseUrl(options.dataDirectory);
  const pool = openPool(databaseUrl, POOL_SIZE);
  state.pool = pool;
  const genericPlanPool = openPool(databaseUrl, POOL_SIZE, true);
  state.genericPlanPool = genericPlanPool;
  if (!options.keepWrites) {
    const leftovers = await removeBenchActivities(pool);
    if (leftovers > 0) {
      log(`  removed ${leftovers} activities left by an earlier, interrupted bench, and vacuumed`);
    }
  }
  const fixtures = await discoverFixtures(pool);
  const signedIn = async (email: string): Promise<BenchSession> => {
    const session = await signIn(api.baseUrl, email, options.password);
    state.sessions.push(session);
    return session;
  };
  const scenarios = await buildScenarios(options.scenarios, {
    scale: options.scale,
    fixtures,
    agent: await signedIn(fixtures.agent.email),
    coordinator: await signedIn(fixtures.coordinator.email),
    ministry: await signedIn(fixtures.ministry.email),
    pool,
    sqlPools: { pool, genericPlanPool },
  });
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    results.push(await measureScenario(scenario, api, pool, options, log));
  }
  return {
    scenarios: results,
    data: {
      rowCounts: fixtures.rowCounts,
      agent: fixtures.agent.email,
      agentOpenRequests: fixtures.agent.openRequests,
      agentRegions: fixtures.agent.regionCodes,
      coordinator: fixtures.coordinator.email,
      ministry: fixtures.ministry.email,
    },
  };
}

/** Removes the bench's writes, signs out and closes the pools; how many activities were removed. */
async function cleanUp(
  api: RunningApi,
  options: BenchOptions,
  state: RunState,
  log: ProgressLog,
): Promise<number> {
  let removed = 0;
  if (state.pool && !options.keepWrites) {
    removed = await removeBenchActivities(state.pool);
    if (removed > 0) {
      log(`  removed the ${removed} activities the bench logged, and vacuumed`);
    }
  }
  for (const session of state.sessions) {
    await signOut(api.baseUrl, session).catch(() => undefined);
  }
  await state.pool?.end();
  await state.genericPlanPool?.end();
  return removed;
}

/**
 * One run: start the API (timed, `starts` times), find the data, sign in, measure every scenario, then
 * remove the bench's writes, sign out and stop the API.
 */
export async function runOnce(
  options: BenchOptions,
  repositoryRoot: string,
  log: ProgressLog,
): Promise<RunResult> {
  const { api, startToReadyMs } = await startTimed(options, repositoryRoot, log);
  const apiRssAtReadyMb = readRssMegabytes(api.pid) ?? Number.NaN;
  const state: RunState = { pool: null, genericPlanPool: null, sessions: [] };
  let measured: Omit<RunResult, 'startToReadyMs' | 'apiRssAtReadyMb' | 'removedActivities'>;
  let removedActivities = 0;
  try {
    measured = await measureAll(api, options, state, log);
  } finally {
    try {
      removedActivities = await cleanUp(api, options, state, log);
    } finally {
      await api.stop();
    }
  }
  return { startToReadyMs, apiRssAtReadyMb, ...measured, removedActivities };
}
