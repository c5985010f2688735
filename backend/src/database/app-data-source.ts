import { Logger } from '@nestjs/common';
import { Pool, type PoolConfig } from 'pg';
import { DataSource } from 'typeorm';

/**
 * A connection's settings for prepared statements planned once: each is planned generically on its first call
 * and that plan serves every later call. PostgreSQL's default (`auto`) plans anew for the parameters of every
 * call whenever such a custom plan is estimated cheaper than the generic one, which for the dashboards'
 * statements is always, so their planning is paid on every call (docs/performance.md, "Statement plans").
 * Without parallel workers: a plan made without the parameters cannot tell when they pay, and launched them for
 * branches its one-time filters then skipped (2–3 ms a statement).
 */
export function withGenericPlans(config: PoolConfig): PoolConfig {
  return {
    ...config,
    options: [config.options, '-c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0']
      .filter(Boolean)
      .join(' '),
  };
}

/** A data source with a pool for statements planned once (`preparedQuery(…, { genericPlan: true })`). */
export interface GenericPlanPoolSource {
  readonly genericPlanPool: Pool | undefined;
}

const logger = new Logger('Database');

/**
 * TypeORM's data source, with a second `pg` pool beside TypeORM's whose connections plan prepared statements
 * once (`withGenericPlans`): opened on first use with the settings of TypeORM's pool, closed with the data
 * source. TypeORM's own statements stay on its pool, planned for their parameters.
 */
export class AppDataSource extends DataSource implements GenericPlanPoolSource {
  private genericPlans: Pool | undefined;

  /** The pool of statements planned once; none unless the data source is initialised. */
  get genericPlanPool(): Pool | undefined {
    const master = (this.driver as { master?: Pool & { options: PoolConfig } } | undefined)?.master;
    if (!this.genericPlans && master && this.isInitialized) {
      const pool = new Pool(withGenericPlans(master.options));
      // An idle connection the server ends (a restart) must not stop the app: the pool replaces it.
      pool.on('error', (error) => logger.warn(`Idle database connection lost: ${error.message}`));
      this.genericPlans = pool;
    }
    return this.genericPlans;
  }

  override async destroy(): Promise<void> {
    const genericPlans = this.genericPlans;
    this.genericPlans = undefined;
    try {
      await super.destroy();
    } finally {
      await genericPlans?.end();
    }
  }
}
