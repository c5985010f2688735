import type { Scale } from '../src/database/tools/generate/bench-accounts';
import type { RunResult, ScenarioResult } from './bench-results';
import type { FrontendSize } from './frontend-size';
import { type LoadStats, median } from './latency-stats';
import type { CpuPerRequest } from './process-cpu';
import { TARGETS, isTargetMet } from './targets';

/** A scenario over all runs: the medians of the runs' figures (errors summed), and whether they meet the targets. */
export interface ScenarioSummary extends ScenarioResult {
  readonly isMet: boolean | null;
  readonly isRatioMet: boolean | null;
}

export interface ThresholdCheck {
  readonly value: number;
  readonly target: number;
  readonly isMet: boolean;
}

export interface BenchSummary {
  readonly runs: number;
  readonly scenarios: readonly ScenarioSummary[];
  /** Median over every timed start of every run. */
  readonly startToReadyMs: ThresholdCheck & { readonly starts: number };
  /** The highest of the scenarios' (median) peak RSS. */
  readonly apiRssMaxMb: ThresholdCheck | null;
  readonly apiRssAtReadyMb: number;
  readonly apiToSqlP95Target: number;
  readonly frontendInitialJsGzipKb: ThresholdCheck & { readonly scripts: number };
}

function medianStats(all: readonly LoadStats[]): LoadStats {
  const of = (pick: (stats: LoadStats) => number): number => median(all.map(pick));
  return {
    p50Ms: of((stats) => stats.p50Ms),
    p95Ms: of((stats) => stats.p95Ms),
    p99Ms: of((stats) => stats.p99Ms),
    meanMs: of((stats) => stats.meanMs),
    maxMs: of((stats) => stats.maxMs),
    successes: of((stats) => stats.successes),
    errors: all.reduce((sum, stats) => sum + stats.errors, 0),
    requestsPerSecond: of((stats) => stats.requestsPerSecond),
    seconds: of((stats) => stats.seconds),
  };
}

function medianCpu(all: readonly CpuPerRequest[]): CpuPerRequest | null {
  return all.length === 0
    ? null
    : { apiMs: median(all.map((cpu) => cpu.apiMs)), databaseMs: median(all.map((cpu) => cpu.databaseMs)) };
}

function summariseScenario(results: readonly ScenarioResult[], ratioTarget: number): ScenarioSummary {
  const [first] = results;
  const api = medianStats(results.map((result) => result.api));
  const sqlRuns = results.flatMap((result) => (result.sql ? [result.sql] : []));
  const ratios = results.flatMap((result) => (result.apiToSqlP95 === null ? [] : [result.apiToSqlP95]));
  const apiToSqlP95 = ratios.length > 0 ? median(ratios) : null;
  return {
    name: first.name,
    description: first.description,
    connections: first.connections,
    target: first.target,
    api,
    apiRssMaxMb: median(results.map((result) => result.apiRssMaxMb)),
    cpuPerRequest: medianCpu(
      results.flatMap((result) => (result.cpuPerRequest ? [result.cpuPerRequest] : [])),
    ),
    isMet: isTargetMet(first.target, api),
    sql: sqlRuns.length > 0 ? medianStats(sqlRuns) : null,
    apiToSqlP95,
    isRatioMet: apiToSqlP95 === null ? null : apiToSqlP95 <= ratioTarget,
    firstError: results.find((result) => result.firstError)?.firstError ?? null,
  };
}

function check(value: number, target: number, isMet: boolean): ThresholdCheck {
  return { value, target, isMet };
}

export function summarise(scale: Scale, runs: readonly RunResult[], frontend: FrontendSize): BenchSummary {
  const targets = TARGETS[scale];
  const names = [...new Set(runs.flatMap((run) => run.scenarios.map((scenario) => scenario.name)))];
  const scenarios = names.map((name) =>
    summariseScenario(
      runs.flatMap((run) => run.scenarios.filter((scenario) => scenario.name === name)),
      targets.apiToSqlP95Ratio,
    ),
  );
  const starts = runs.flatMap((run) => run.startToReadyMs);
  const startToReady = median(starts);
  const rss = scenarios.map((scenario) => scenario.apiRssMaxMb).filter((value) => !Number.isNaN(value));
  const highestRss = rss.length > 0 ? Math.max(...rss) : null;
  const frontendKb = frontend.totalGzipBytes / 1000;
  return {
    runs: runs.length,
    scenarios,
    startToReadyMs: {
      ...check(startToReady, targets.startToReadyMs, startToReady <= targets.startToReadyMs),
      starts: starts.length,
    },
    apiRssMaxMb:
      highestRss === null ? null : check(highestRss, targets.apiRssMb, highestRss <= targets.apiRssMb),
    apiRssAtReadyMb: median(runs.map((run) => run.apiRssAtReadyMb)),
    apiToSqlP95Target: targets.apiToSqlP95Ratio,
    frontendInitialJsGzipKb: {
      ...check(frontendKb, targets.frontendInitialJsGzipKb, frontendKb <= targets.frontendInitialJsGzipKb),
      scripts: frontend.scripts.length,
    },
  };
}
