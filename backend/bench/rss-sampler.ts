import { readFileSync } from 'node:fs';

export interface RssSampler {
  /** Stops sampling; the highest resident set size seen, in MB (NaN when nothing could be read). */
  stop(): number;
}

/** VmRSS of a process from /proc (Linux), in MB; null when it cannot be read (the process ended). */
export function readRssMegabytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples the process's resident set size every `intervalMs` and keeps the highest value. */
export function sampleRss(pid: number, intervalMs = 250): RssSampler {
  let highest = Number.NaN;
  const take = (): void => {
    const rss = readRssMegabytes(pid);
    if (rss !== null && (Number.isNaN(highest) || rss > highest)) {
      highest = rss;
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return highest;
    },
  };
}

/** A sampler to start later (when the measured phase begins); stop() before start() gives NaN. */
export function deferredRssSampler(pid: number): { start(): void; stop(): number } {
  let sampler: RssSampler | null = null;
  return {
    start: () => {
      sampler ??= sampleRss(pid);
    },
    stop: () => sampler?.stop() ?? Number.NaN,
  };
}
