import { Test } from '@nestjs/testing';
import { getDataSourceToken, getRepositoryToken } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { accessScopeOf } from '../src/common/auth/access-scope';
import type { Principal } from '../src/common/auth/principal';
import type { Role } from '../src/common/auth/roles';
import { DashboardsService } from '../src/dashboards/dashboards.service';
import { dataSourceOptions } from '../src/database/data-source-options';
import { UnitTypeaheadQueryDto } from '../src/units/dto/unit-list-query.dto';
import { UnitEntity } from '../src/units/unit.entity';
import { UnitsService } from '../src/units/units.service';
import type { SqlCall } from './sql-loop';

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
 * The dashboards service over a `pg` pool instead of TypeORM: its query functions are the SQL, and it runs
 * their parts side by side on the pool and combines them exactly as the API does, with the same named
 * prepared statements (`preparedQuery` finds the pool where it finds TypeORM's).
 */
function dashboardsOverPool(pool: Pool): DashboardsService {
  const standIn = {
    driver: { master: pool },
    query: async (sql: string, parameters?: unknown[]) => (await pool.query(sql, parameters)).rows,
  };
  return new DashboardsService(standIn as unknown as DataSource);
}

export function agentDashboardSql(pool: Pool, agent: Principal): SqlCall {
  const dashboards = dashboardsOverPool(pool);
  return () => dashboards.agent(agent, undefined);
}

export function nationalDashboardSql(pool: Pool, ministry: Principal): SqlCall {
  const dashboards = dashboardsOverPool(pool);
  return () => dashboards.national(ministry, {});
}

interface CapturedStatement {
  readonly sql: string;
  readonly parameters: unknown[];
}

/** A TypeORM logger that keeps the statements it is told about instead of printing them. */
class StatementCapture implements TypeOrmLogger {
  statements: CapturedStatement[] = [];

  logQuery(query: string, parameters?: unknown[]): void {
    this.statements.push({ sql: query, parameters: parameters ?? [] });
  }
  logQueryError(): void {
    // Errors surface as exceptions of the call.
  }
  logQuerySlow(): void {
    // Not needed.
  }
  logSchemaBuild(): void {
    // Not needed.
  }
  logMigration(): void {
    // Not needed.
  }
  log(): void {
    // Not needed.
  }
}

/**
 * The typeahead's statements for each query, taken from the units service itself (run once through TypeORM
 * with a capturing logger), so that the SQL side is the SQL the API sends, parameters included.
 */
export async function unitTypeaheadSql(
  url: string,
  pool: Pool,
  caller: Principal,
  queries: readonly string[],
): Promise<SqlCall> {
  const capture = new StatementCapture();
  const dataSource = await new DataSource({
    ...dataSourceOptions(url, 1),
    logging: ['query'],
    logger: capture,
  }).initialize();
  const statementsPerQuery: CapturedStatement[][] = [];
  try {
    // The service as Nest builds it; collaborators the typeahead does not use are empty stand-ins.
    const moduleRef = await Test.createTestingModule({
      providers: [
        UnitsService,
        { provide: getRepositoryToken(UnitEntity), useValue: dataSource.getRepository(UnitEntity) },
        { provide: getDataSourceToken(), useValue: dataSource },
      ],
    })
      .useMocker(() => ({}))
      .compile();
    const units = moduleRef.get(UnitsService);
    for (const q of queries) {
      capture.statements = [];
      await units.typeahead(Object.assign(new UnitTypeaheadQueryDto(), { q }), accessScopeOf(caller));
      statementsPerQuery.push(capture.statements);
    }
  } finally {
    await dataSource.destroy();
  }
  return async (index) => {
    const results: unknown[] = [];
    for (const statement of statementsPerQuery[index % statementsPerQuery.length]) {
      results.push((await pool.query(statement.sql, statement.parameters)).rows);
    }
    return results;
  };
}
