import type { Pool } from 'pg';
import type { DataSource, Repository } from 'typeorm';
import { accessScopeOf } from '../src/common/auth/access-scope';
import type { Principal } from '../src/common/auth/principal';
import type { Role } from '../src/common/auth/roles';
import { DashboardsService } from '../src/dashboards/dashboards.service';
import type { RegionEntity } from '../src/regions/region.entity';
import { RegionsService } from '../src/regions/regions.service';
import { unitTypeahead } from '../src/units/unit-typeahead.queries';
import type { SqlCall } from './sql-loop';

/** The raw-SQL side's pools: like the API's, one that plans statements per call and one that plans them once. */
export interface SqlPools {
  readonly pool: Pool;
  readonly genericPlanPool: Pool;
}

// The raw-SQL side of the API ÷ SQL ratios: the same statements the API runs, sent through `pg` with no HTTP,
// Nest, session lookup or TypeORM in between.

/** The principal the API resolves for a signed-in user, as far as the services read it. */
export function principalOf(userId: string, role: Role, regionCodes: readonly string[] = []): Principal {
  return {
    userId,
    role,
    email: '',
    displayName: '',
    preferredLanguage: 'fi',
    unitId: null,
    regionCodes,
    authMethod: 'session',
    sessionTokenHash: null,
  };
}

/**
 * What the query functions use of a TypeORM data source (`AppDataSource`), over the two `pg` pools: the one
 * that plans statements for their parameters and the one that plans them once.
 */
function poolStandIn(pools: SqlPools): DataSource {
  const standIn = {
    driver: { master: pools.pool },
    genericPlanPool: pools.genericPlanPool,
    query: async (sql: string, parameters?: unknown[]) => (await pools.pool.query(sql, parameters)).rows,
  };
  return standIn as unknown as DataSource;
}

/**
 * The dashboards service over `pg` pools instead of TypeORM: its query functions are the SQL, and it runs
 * their parts side by side on the pools and combines them exactly as the API does, with the same named
 * prepared statements (`preparedQuery` finds the pools where it finds the API's).
 */
function dashboardsOverPool(pools: SqlPools): DashboardsService {
  // The regions service only serves the region dashboard's names, which the bench does not ask for.
  const noRegions = new RegionsService(null as unknown as Repository<RegionEntity>);
  return new DashboardsService(poolStandIn(pools), noRegions);
}

export function agentDashboardSql(pools: SqlPools, agent: Principal): SqlCall {
  const dashboards = dashboardsOverPool(pools);
  return () => dashboards.agent(agent, undefined);
}

export function nationalDashboardSql(pools: SqlPools, ministry: Principal): SqlCall {
  const dashboards = dashboardsOverPool(pools);
  return () => dashboards.national(ministry, {});
}

/**
 * The typeahead's statement for each query, through the same function the units service calls, over the
 * pool: the SQL side sends the SQL the API sends, parameters included.
 */
export function unitTypeaheadSql(
  pools: SqlPools,
  caller: Principal,
  queries: readonly string[],
  limit: number,
): SqlCall {
  const db = poolStandIn(pools);
  const scope = accessScopeOf(caller);
  return (index) => unitTypeahead(db, queries[index % queries.length], limit, scope);
}
