import type { LoadStats } from './latency-stats';
import type { CpuPerRequest } from './process-cpu';
import type { ScenarioName } from './scenario-names';
import type { Target } from './targets';

/** One scenario of one run. */
export interface ScenarioResult {
  readonly name: ScenarioName;
  readonly description: string;
  readonly connections: number;
  readonly target: Target;
  readonly api: LoadStats;
  /** The highest resident set size of the API process during the measured phase. */
  readonly apiRssMaxMb: number;
  /** CPU time per answered request in the measured phase: the API process, and PostgreSQL's processes. */
  readonly cpuPerRequest: CpuPerRequest | null;
  readonly sql: LoadStats | null;
  /** API p95 ÷ raw-SQL p95. */
  readonly apiToSqlP95: number | null;
  /** The first failure seen (API side, then SQL side), to explain an error count. */
  readonly firstError: string | null;
}

/** Everything measured in one run. */
export interface RunResult {
  readonly startToReadyMs: readonly number[];
  /** The API's resident set size when it became ready, before any load. */
  readonly apiRssAtReadyMb: number;
  readonly scenarios: readonly ScenarioResult[];
  /** What the data looked like, and whom the bench signed in as. */
  readonly data: {
    readonly rowCounts: Readonly<Record<string, number>>;
    readonly agent: string;
    readonly agentOpenRequests: number;
    readonly agentRegions: readonly string[];
    readonly coordinator: string;
    readonly ministry: string;
  };
  readonly removedActivities: number;
}
