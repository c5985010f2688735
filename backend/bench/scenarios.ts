import type { Pool } from 'pg';
import type { Principal } from '../src/common/auth/principal';
import type { Scale } from '../src/database/tools/generate/bench-accounts';
import { activityBodies } from './activity-writes';
import type { BenchFixtures } from './bench-fixtures';
import type { LoadRequest } from './load-messages';
import { SCENARIO_NAMES, type ScenarioName } from './scenario-names';
import { type BenchSession, readHeaders, writeHeaders } from './sessions';
import {
  type SqlPools,
  agentDashboardSql,
  nationalDashboardSql,
  principalOf,
  unitTypeaheadSql,
} from './sql-baseline';
import type { SqlCall } from './sql-loop';
import { TARGETS, type Target } from './targets';
import { typeaheadQueries } from './typeahead-queries';

export interface Scenario {
  readonly name: ScenarioName;
  /** Who calls what, for the report. */
  readonly description: string;
  readonly requests: readonly LoadRequest[];
  readonly target: Target;
  /** The same answers computed by raw SQL through `pg`, for the API ÷ SQL ratio. */
  readonly sql: SqlCall | null;
}

export interface ScenarioContext {
  readonly scale: Scale;
  readonly fixtures: BenchFixtures;
  readonly agent: BenchSession;
  readonly coordinator: BenchSession;
  readonly ministry: BenchSession;
  readonly pool: Pool;
  readonly sqlPools: SqlPools;
}

// The web app's own choices: first page of 25 rows, typeahead of 10 suggestions.
const PAGE = 'page=1&pageSize=25';
const TYPEAHEAD_LIMIT = 10;
const TYPEAHEAD_QUERY_COUNT = 60;
/** The requests list's sorts other than by submission and number, both directions. */
const REQUEST_SORTS = ['firstResponseDueAt', '-resolutionDueAt', '-urgency', 'status', '-updatedAt'];

function get(session: BenchSession, path: string): LoadRequest {
  return { method: 'GET', path, headers: readHeaders(session) };
}

function query(parameters: Record<string, string>): string {
  return new URLSearchParams(parameters).toString();
}

function agentPrincipal({ fixtures }: ScenarioContext): Principal {
  return principalOf(fixtures.agent.id, 'agent', fixtures.agent.regionCodes);
}

function listTarget({ scale }: ScenarioContext): Target {
  return { kind: 'p95', maxMs: TARGETS[scale].listP95Ms };
}

type ScenarioBuilder = (context: ScenarioContext) => Promise<Omit<Scenario, 'name'>>;

const BUILDERS: Record<ScenarioName, ScenarioBuilder> = {
  // The cheapest signed-in request (session lookup, guards, a small JSON answer): the floor under every other.
  'signed-in-floor': async (context) => ({
    description: `GET /api/v1/auth/me as ${context.agent.email}: the cost every signed-in request starts from`,
    requests: [get(context.agent, '/api/v1/auth/me')],
    target: { kind: 'none' },
    sql: null,
  }),

  'agent-dashboard': async (context) => ({
    description:
      `GET /api/v1/dashboards/agent as ${context.agent.email} ` +
      `(${context.fixtures.agent.openRequests} open requests)`,
    requests: [get(context.agent, '/api/v1/dashboards/agent')],
    target: { kind: 'p95', maxMs: TARGETS[context.scale].agentDashboardP95Ms },
    sql: agentDashboardSql(context.sqlPools, agentPrincipal(context)),
  }),

  'national-dashboard': async (context) => ({
    description: `GET /api/v1/dashboards/national (this year) as ${context.ministry.email}`,
    requests: [get(context.ministry, '/api/v1/dashboards/national')],
    target: { kind: 'p95', maxMs: TARGETS[context.scale].nationalDashboardP95Ms },
    sql: nationalDashboardSql(context.sqlPools, principalOf(context.fixtures.ministry.id, 'ministry')),
  }),

  // Every active agent's workload and the unassigned queue (not a target of the issue; at EU scale 1 200 agents).
  'coordinator-dashboard': async (context) => ({
    description: `GET /api/v1/dashboards/coordinators as ${context.coordinator.email}`,
    requests: [get(context.coordinator, '/api/v1/dashboards/coordinators')],
    target: { kind: 'none' },
    sql: null,
  }),

  'unit-typeahead': async (context) => {
    const queries = typeaheadQueries(
      context.fixtures.agentUnits.map((unit) => unit.nameFi),
      TYPEAHEAD_QUERY_COUNT,
    );
    return {
      description:
        `GET /api/v1/units/typeahead as ${context.agent.email}, ${queries.length} queries ` +
        `from names of the agent's units: ${queries.slice(0, 6).join(', ')}…`,
      requests: queries.map((q) =>
        get(context.agent, `/api/v1/units/typeahead?${query({ q, limit: String(TYPEAHEAD_LIMIT) })}`),
      ),
      target: { kind: 'p95', maxMs: TARGETS[context.scale].typeaheadP95Ms },
      sql: unitTypeaheadSql(context.sqlPools, agentPrincipal(context), queries, TYPEAHEAD_LIMIT),
    };
  },

  'units-list': async (context) => ({
    description:
      `GET /api/v1/units?regionCode&type&isActive=true&sort=name as ${context.coordinator.email}, ` +
      `${context.fixtures.unitFilters.length} regions with their commonest type`,
    requests: context.fixtures.unitFilters.map((filter) =>
      get(
        context.coordinator,
        `/api/v1/units?${query({ regionCode: filter.regionCode, type: filter.type, isActive: 'true', sort: 'name' })}&${PAGE}`,
      ),
    ),
    target: listTarget(context),
    sql: null,
  }),

  'requests-list': async (context) => ({
    description:
      `GET /api/v1/requests?open=true&regionCode as ${context.coordinator.email}, ` +
      `${context.fixtures.requestRegionCodes.length} regions`,
    requests: context.fixtures.requestRegionCodes.map((regionCode) =>
      get(context.coordinator, `/api/v1/requests?${query({ open: 'true', regionCode })}&${PAGE}`),
    ),
    target: listTarget(context),
    sql: null,
  }),

  'requests-list-agent': async (context) => ({
    description: `GET /api/v1/requests?open=true&agentUserId=<own> as ${context.agent.email}`,
    requests: [
      get(
        context.agent,
        `/api/v1/requests?${query({ open: 'true', agentUserId: context.fixtures.agent.id })}&${PAGE}`,
      ),
    ],
    target: listTarget(context),
    sql: null,
  }),

  // All regions' open requests, sorted by a column other than submission: each sort its own index.
  'requests-list-sorted': async (context) => ({
    description:
      `GET /api/v1/requests?open=true&sort as ${context.coordinator.email}, ` +
      `sorts ${REQUEST_SORTS.join(', ')}`,
    requests: REQUEST_SORTS.map((sort) =>
      get(context.coordinator, `/api/v1/requests?${query({ open: 'true', sort })}&${PAGE}`),
    ),
    target: listTarget(context),
    sql: null,
  }),

  'request-page': async (context) => ({
    description:
      `GET /api/v1/requests/:id (with its timeline) as ${context.coordinator.email}, ` +
      `${context.fixtures.requestIds.length} requests`,
    requests: context.fixtures.requestIds.map((id) => get(context.coordinator, `/api/v1/requests/${id}`)),
    target: { kind: 'none' },
    sql: null,
  }),

  'activity-logging': async (context) => ({
    description:
      `POST /api/v1/activities as ${context.agent.email}, ${context.fixtures.agentUnits.length} units ` +
      'in turn (each write with its audit event)',
    requests: activityBodies(context.fixtures.agentUnits, context.fixtures.themeCodes).map((body) => ({
      method: 'POST',
      path: '/api/v1/activities',
      headers: writeHeaders(context.agent),
      body,
    })),
    target: {
      kind: 'throughput',
      minRequestsPerSecond: TARGETS[context.scale].activityRequestsPerSecond,
      maxP95Ms: TARGETS[context.scale].activityP95Ms,
    },
    sql: null,
  }),
};

/** Builds the named scenarios (raw-SQL sides included), in the order of SCENARIO_NAMES. */
export async function buildScenarios(
  names: readonly ScenarioName[],
  context: ScenarioContext,
): Promise<Scenario[]> {
  const scenarios: Scenario[] = [];
  for (const name of SCENARIO_NAMES.filter((candidate) => names.includes(candidate))) {
    scenarios.push({ name, ...(await BUILDERS[name](context)) });
  }
  return scenarios;
}
