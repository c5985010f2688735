import type { Scale } from '../src/database/tools/generate/bench-accounts';
import type { LoadStats } from './latency-stats';

/** What a scenario must achieve (issue 8). */
export type Target =
  | { readonly kind: 'p95'; readonly maxMs: number }
  | { readonly kind: 'throughput'; readonly minRequestsPerSecond: number; readonly maxP95Ms: number }
  | { readonly kind: 'none' };

export interface ScaleTargets {
  readonly agentDashboardP95Ms: number;
  readonly nationalDashboardP95Ms: number;
  readonly typeaheadP95Ms: number;
  readonly listP95Ms: number;
  readonly activityRequestsPerSecond: number;
  readonly activityP95Ms: number;
  readonly apiToSqlP95Ratio: number;
  readonly apiRssMb: number;
  readonly startToReadyMs: number;
  readonly frontendInitialJsGzipKb: number;
}

export const TARGETS: Record<Scale, ScaleTargets> = {
  national: {
    agentDashboardP95Ms: 25,
    nationalDashboardP95Ms: 50,
    typeaheadP95Ms: 15,
    listP95Ms: 30,
    activityRequestsPerSecond: 1000,
    activityP95Ms: 30,
    apiToSqlP95Ratio: 1.3,
    apiRssMb: 200,
    startToReadyMs: 3000,
    frontendInitialJsGzipKb: 200,
  },
  eu: {
    agentDashboardP95Ms: 50,
    nationalDashboardP95Ms: 150,
    typeaheadP95Ms: 25,
    listP95Ms: 60,
    activityRequestsPerSecond: 1000,
    activityP95Ms: 30,
    apiToSqlP95Ratio: 1.3,
    apiRssMb: 300,
    startToReadyMs: 5000,
    frontendInitialJsGzipKb: 200,
  },
};

/** Whether the measurement meets the target; null when there is no target. */
export function isTargetMet(target: Target, stats: LoadStats): boolean | null {
  switch (target.kind) {
    case 'p95':
      return stats.p95Ms <= target.maxMs;
    case 'throughput':
      return stats.requestsPerSecond >= target.minRequestsPerSecond && stats.p95Ms <= target.maxP95Ms;
    case 'none':
      return null;
  }
}

export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'p95':
      return `p95 ≤${target.maxMs} ms`;
    case 'throughput':
      return `≥${target.minRequestsPerSecond} req/s, p95 ≤${target.maxP95Ms} ms`;
    case 'none':
      return '—';
  }
}
