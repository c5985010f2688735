import type { Pool } from 'pg';
import { assignmentCoversSql } from '../src/agents/assignment-period.sql';
import { BENCH_COORDINATOR_EMAIL, BENCH_MINISTRY_EMAIL } from '../src/database/tools/generate/bench-accounts';
import { requestOpenSql } from '../src/requests/request-sla.sql';

export interface BenchUser {
  readonly id: string;
  readonly email: string;
}

export interface BenchAgent extends BenchUser {
  readonly openRequests: number;
  /** The regions assigned to the agent today. */
  readonly regionCodes: readonly string[];
}

export interface NamedUnit {
  readonly id: string;
  readonly nameFi: string;
}

/** What the scenarios need from the data, all found by SQL (the bench assumes no ids). */
export interface BenchFixtures {
  readonly agent: BenchAgent;
  readonly coordinator: BenchUser;
  readonly ministry: BenchUser;
  /** Active units of the agent's regions: typeahead words and activity targets. */
  readonly agentUnits: readonly NamedUnit[];
  /** Per region, its most common unit type: the units list filters. */
  readonly unitFilters: readonly { readonly regionCode: string; readonly type: string }[];
  readonly requestIds: readonly string[];
  /** Regions with open requests, busiest first: the requests list filter. */
  readonly requestRegionCodes: readonly string[];
  readonly themeCodes: readonly string[];
  /** The size of the data, for the report. */
  readonly rowCounts: Readonly<Record<string, number>>;
}

const SAMPLE_SIZE = 200;
const COUNTED_TABLES = ['units', 'users', 'support_requests', 'activities', 'activity_units', 'audit_events'];

async function rows<T>(pool: Pool, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return (await pool.query(sql, parameters)).rows as T[];
}

async function userWithRole(pool: Pool, role: string, preferredEmail: string): Promise<BenchUser> {
  const [user] = await rows<BenchUser>(
    pool,
    `SELECT id, email FROM users
     WHERE role = $1 AND is_active AND password_hash IS NOT NULL
     ORDER BY (email = $2) DESC, email LIMIT 1`,
    [role, preferredEmail],
  );
  if (!user) {
    throw new Error(`No active ${role} user with a password in the data`);
  }
  return user;
}

async function busiestAgent(pool: Pool): Promise<BenchAgent> {
  const [agent] = await rows<{ id: string; email: string; open_requests: number; region_codes: string[] }>(
    pool,
    `SELECT u.id, u.email,
            (SELECT count(*)::int FROM support_requests r
             WHERE r.assigned_agent_user_id = u.id AND ${requestOpenSql('r')}) AS open_requests,
            array(SELECT DISTINCT a.region_code::text FROM agent_region_assignments a
                  WHERE a.agent_user_id = u.id AND ${assignmentCoversSql('a')} ORDER BY 1) AS region_codes
     FROM users u
     WHERE u.role = 'agent' AND u.is_active AND u.password_hash IS NOT NULL
       AND EXISTS (SELECT 1 FROM agent_region_assignments a
                   WHERE a.agent_user_id = u.id AND ${assignmentCoversSql('a')})
     ORDER BY open_requests DESC, u.email LIMIT 1`,
  );
  if (!agent) {
    throw new Error('No active agent with a region assigned today in the data');
  }
  return {
    id: agent.id,
    email: agent.email,
    openRequests: agent.open_requests,
    regionCodes: agent.region_codes,
  };
}

async function rowCounts(pool: Pool): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const [row] = await rows<{ count: number }>(pool, `SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = row.count;
  }
  return counts;
}

/** Finds the users, units, requests and regions the scenarios use. Samples are stable from run to run. */
export async function discoverFixtures(pool: Pool): Promise<BenchFixtures> {
  const agent = await busiestAgent(pool);
  const coordinator = await userWithRole(pool, 'coordinator', BENCH_COORDINATOR_EMAIL);
  const ministry = await userWithRole(pool, 'ministry', BENCH_MINISTRY_EMAIL);
  const agentUnits = await rows<NamedUnit>(
    pool,
    `SELECT id, name_fi AS "nameFi" FROM units
     WHERE region_code = ANY($1) AND is_active ORDER BY md5(id::text) LIMIT ${SAMPLE_SIZE}`,
    [agent.regionCodes],
  );
  if (agentUnits.length === 0) {
    throw new Error(`No active units in the regions of ${agent.email}`);
  }
  const unitFilters = await rows<{ regionCode: string; type: string }>(
    pool,
    `SELECT region_code AS "regionCode", type FROM (
       SELECT region_code, type, row_number() OVER (PARTITION BY region_code ORDER BY count(*) DESC, type) AS rank
       FROM units WHERE is_active GROUP BY region_code, type) ranked
     WHERE rank = 1 ORDER BY region_code`,
  );
  const requestIds = (
    await rows<{ id: string }>(
      pool,
      `SELECT id FROM support_requests ORDER BY md5(id::text) LIMIT ${SAMPLE_SIZE}`,
    )
  ).map((row) => row.id);
  const requestRegionCodes = (
    await rows<{ region_code: string }>(
      pool,
      `SELECT region_code FROM support_requests r
       WHERE region_code IS NOT NULL AND ${requestOpenSql('r')}
       GROUP BY region_code ORDER BY count(*) DESC, region_code`,
    )
  ).map((row) => row.region_code);
  const themeCodes = (
    await rows<{ code: string }>(pool, 'SELECT code FROM themes ORDER BY sort_order, code')
  ).map((row) => row.code);
  if (requestIds.length === 0 || requestRegionCodes.length === 0 || themeCodes.length === 0) {
    throw new Error('The data has no support requests, no open ones, or no themes');
  }
  return {
    agent,
    coordinator,
    ministry,
    agentUnits,
    unitFilters,
    requestIds,
    requestRegionCodes,
    themeCodes,
    rowCounts: await rowCounts(pool),
  };
}
