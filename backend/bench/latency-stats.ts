/** Latency and throughput of one measured phase. */
export interface LoadStats {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly maxMs: number;
  /** Responses with a 2xx status (or SQL calls that succeeded). */
  readonly successes: number;
  /** Non-2xx responses, socket errors and timeouts (or SQL calls that threw). */
  readonly errors: number;
  /** Successes per second of the measured phase. */
  readonly requestsPerSecond: number;
  readonly seconds: number;
}

/** Nearest-rank percentile of values sorted ascending (`p` between 0 and 100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Summarises the latencies (ms) of every response of a phase that lasted `seconds`. */
export function summariseLatencies(
  latenciesMs: readonly number[],
  successes: number,
  errors: number,
  seconds: number,
): LoadStats {
  const sorted = [...latenciesMs].sort((first, second) => first - second);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    meanMs: sorted.length === 0 ? Number.NaN : total / sorted.length,
    maxMs: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1],
    successes,
    errors,
    requestsPerSecond: seconds > 0 ? successes / seconds : 0,
    seconds,
  };
}

/** The median of the values (the mean of the middle two for an even count); NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((first, second) => first - second);
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
