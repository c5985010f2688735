import { performance } from 'node:perf_hooks';
import { type LoadStats, summariseLatencies } from './latency-stats';

export interface SqlLoopOptions {
  readonly concurrency: number;
  readonly warmupSeconds: number;
  readonly durationSeconds: number;
}

export interface SqlLoopOutcome {
  readonly stats: LoadStats;
  readonly firstError: string | null;
}

/** `call(i)` computes the i-th answer; every worker takes the next i, as the load generator rotates requests. */
export type SqlCall = (index: number) => Promise<unknown>;

async function runPhase(call: SqlCall, concurrency: number, seconds: number): Promise<SqlLoopOutcome> {
  const latencies: number[] = [];
  let successes = 0;
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const startedAt = performance.now();
  const endsAt = startedAt + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < endsAt) {
      const sentAt = performance.now();
      try {
        await call(next++);
        successes += 1;
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      latencies.push(performance.now() - sentAt);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedSeconds = (performance.now() - startedAt) / 1000;
  return { stats: summariseLatencies(latencies, successes, errors, elapsedSeconds), firstError };
}

/**
 * The raw-SQL side of a ratio: `concurrency` callers in this process, each sending its next call as soon as
 * the previous one is answered (as the load generator's connections do), for a warm-up and a measured phase.
 */
export async function measureSql(call: SqlCall, options: SqlLoopOptions): Promise<SqlLoopOutcome> {
  if (options.warmupSeconds > 0) {
    await runPhase(call, options.concurrency, options.warmupSeconds);
  }
  return runPhase(call, options.concurrency, options.durationSeconds);
}
