import { readdirSync, readFileSync } from 'node:fs';

// CPU time from /proc (Linux): what the API process and the PostgreSQL processes under it spent, to report the
// CPU a request costs on each side. Profiles of a saturated machine cannot tell this: a sampling profiler also
// counts the time a thread waits for a core.

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcessStat {
  readonly parentPid: number;
  /** User plus system time, in ms. */
  readonly cpuMs: number;
}

function readStat(pid: number): ProcessStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: the fields after it start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 4 (ppid), 14 (utime) and 15 (stime) of proc(5), counted from the state (field 3) here.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { parentPid: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

export interface ProcessTreeCpu {
  /** CPU ms of the API process itself. */
  readonly apiMs: number;
  /** CPU ms of each process under it (the embedded PostgreSQL server and its backends), by pid. */
  readonly databaseMs: ReadonlyMap<number, number>;
}

/** The CPU time spent so far by the process `apiPid` and by each of its descendants. */
export function readProcessTreeCpu(apiPid: number): ProcessTreeCpu | null {
  const stats = new Map<number, ProcessStat>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    const stat = Number.isInteger(pid) ? readStat(pid) : null;
    if (stat) {
      stats.set(pid, stat);
    }
  }
  const api = stats.get(apiPid);
  if (!api) {
    return null;
  }
  const isDescendant = (pid: number): boolean => {
    for (let parent = stats.get(pid)?.parentPid; parent !== undefined && parent > 1;) {
      if (parent === apiPid) {
        return true;
      }
      parent = stats.get(parent)?.parentPid;
    }
    return false;
  };
  const databaseMs = new Map<number, number>();
  for (const [pid, stat] of stats) {
    if (isDescendant(pid)) {
      databaseMs.set(pid, stat.cpuMs);
    }
  }
  return { apiMs: api.cpuMs, databaseMs };
}

export interface CpuPerRequest {
  readonly apiMs: number;
  readonly databaseMs: number;
}

/**
 * CPU ms per request between two readings (null when either is missing or nothing was answered). A database
 * process counts from its first reading (zero when it started in between); one that ended in between is
 * missed, as the pools keep their connections open while measuring.
 */
export function cpuPerRequest(
  before: ProcessTreeCpu | null,
  after: ProcessTreeCpu | null,
  requests: number,
): CpuPerRequest | null {
  if (!before || !after || requests <= 0) {
    return null;
  }
  let databaseMs = 0;
  for (const [pid, cpuMs] of after.databaseMs) {
    databaseMs += cpuMs - (before.databaseMs.get(pid) ?? 0);
  }
  return { apiMs: (after.apiMs - before.apiMs) / requests, databaseMs: databaseMs / requests };
}
