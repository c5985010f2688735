import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { GenericPlanPoolSource } from './app-data-source';

const names = new Map<string, string>();

/** A statement's name: derived from its text, so the same text always has the same name and no two differ. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `keino_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/** How PostgreSQL plans a prepared statement. */
export interface PreparedQueryOptions {
  /**
   * Plan it once per connection, without its parameters, instead of anew for the parameters of every call: for
   * statements whose generic plan is measured as good as any custom one, at national and EU scale.
   */
  readonly genericPlan?: boolean;
}

/**
 * Runs a fixed statement as a named prepared statement on the data source's `pg` pool, where each connection
 * parses it once. PostgreSQL plans it for the parameters of each call while such custom plans are estimated
 * cheaper than the generic one, and planning can cost as much as running (the dashboards' statements); with
 * `genericPlan` it runs on the pool whose connections plan it once (`AppDataSource`). Outside a transaction
 * only. A data source without a `pg` pool (a stand-in that explains statements) runs it as a plain query.
 */
export async function preparedQuery<T>(
  db: DataSource,
  text: string,
  values: unknown[],
  options: PreparedQueryOptions = {},
): Promise<T[]> {
  const pool = options.genericPlan
    ? (db as Partial<GenericPlanPoolSource>).genericPlanPool
    : (db.driver as { master?: Pool } | undefined)?.master;
  if (!pool) {
    return (await db.query(text, values)) as T[];
  }
  const result = await pool.query({ name: nameOf(text), text, values });
  return result.rows as T[];
}

/**
 * Runs a fixed statement as a named prepared statement on the connection of `manager`'s transaction (plain
 * query outside one): for the statements of hot writes, so that each connection parses them once.
 */
export async function preparedQueryIn<T>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner as (QueryRunner & { databaseConnection?: PoolClient }) | undefined;
  const client = runner?.isTransactionActive ? runner.databaseConnection : undefined;
  if (!client) {
    return (await manager.query(text, values)) as T[];
  }
  const result = await client.query({ name: nameOf(text), text, values });
  return result.rows as T[];
}
