import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { findFreePort } from '../src/database/embedded-postgres-server';

/** The API as `npm start` runs it, with the settings the bench needs. */
export interface RunningApi {
  readonly pid: number;
  readonly baseUrl: string;
  /** From spawn to the first 200 of the readiness endpoint. */
  readonly startToReadyMs: number;
  stop(): Promise<void>;
}

export interface ApiStartOptions {
  readonly repositoryRoot: string;
  readonly dataDirectory: string;
  readonly poolSize: number;
}

const READY_PATH = '/api/health/ready';
const READY_TIMEOUT_MS = 10 * 60_000;
const STOP_TIMEOUT_MS = 60_000;
const OUTPUT_LINES_KEPT = 40;

const API_ENTRY = 'dist/backend/main.js';

/**
 * The environment variables and node flags that `npm start` runs the API with (its memory settings), read from
 * the start script's last command (`… && NAME=value node --flag dist/backend/main.js`), so that the bench
 * measures the API as started, not a copy of its settings that could drift.
 */
export function startScriptSettings(repositoryRoot: string): {
  env: Record<string, string>;
  nodeFlags: string[];
} {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const words = (manifest.scripts?.['start'] ?? '').split('&&').at(-1)?.trim().split(/\s+/) ?? [];
  const env: Record<string, string> = {};
  while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '')) {
    const [name, ...value] = (words.shift() as string).split('=');
    env[name] = value.join('=');
  }
  const nodeFlags = words.slice(1, -1);
  if (words[0] !== 'node' || words.at(-1) !== API_ENTRY || nodeFlags.some((flag) => !flag.startsWith('--'))) {
    throw new Error(
      `package.json's start script does not end in "[NAME=value …] node [--flag …] ${API_ENTRY}"`,
    );
  }
  return { env, nodeFlags };
}

/** How to stop each API this process started and has not stopped yet. */
const running = new Set<() => Promise<void>>();

/** The child processes of those APIs, to signal synchronously when this process exits anyway. */
const children = new Set<ChildProcess>();

/** Stops every API this process started and has not stopped yet (on Ctrl+C or a failure). */
export async function stopRunningApis(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}

// Whatever ends the bench, no API it started outlives it.
process.on('exit', () => {
  for (const child of children) {
    child.kill('SIGTERM');
  }
});

async function isReady(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}${READY_PATH}`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Spawns `node dist/backend/main.js` with the start script's settings (the app starts its embedded PostgreSQL itself) and waits until the
 * readiness endpoint answers 200. Throws, with the end of the app's output, when it exits first (as it does
 * when another app is using the data directory).
 */
export async function startApi(options: ApiStartOptions): Promise<RunningApi> {
  const lockFile = join(options.dataDirectory, 'postgres', 'postmaster.pid');
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const startScript = startScriptSettings(options.repositoryRoot);
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    ...startScript.env,
    DATA_DIR: options.dataDirectory,
    PORT: String(port),
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: String(options.poolSize),
    // The bench signs in three times per start; repeated runs must not be locked out.
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
  };
  delete environment['DATABASE_URL'];
  const output: string[] = [];
  const keep = (chunk: Buffer): void => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - OUTPUT_LINES_KEPT));
  };
  const startedAt = performance.now();
  // BENCH_NODE_FLAGS: other node flags to try on the app (heap limits, docs/performance.md) instead of the
  // start script's.
  const benchFlags = process.env['BENCH_NODE_FLAGS'];
  const nodeFlags = benchFlags === undefined ? startScript.nodeFlags : benchFlags.split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeFlags, join(options.repositoryRoot, API_ENTRY)], {
    cwd: options.repositoryRoot,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error('Could not start node dist/backend/main.js');
  }

  const stop = async (): Promise<void> => {
    running.delete(stop);
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    child.kill('SIGTERM');
    if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
    // The app stops its PostgreSQL before it exits; give the server's lock file a moment to go.
    for (let attempt = 0; attempt < 100 && existsSync(lockFile); attempt += 1) {
      await sleep(100);
    }
  };

  running.add(stop);
  while (!(await isReady(baseUrl))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The API exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output.join('\n')}`,
      );
    }
    if (performance.now() - startedAt > READY_TIMEOUT_MS) {
      await stop();
      throw new Error(`The API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output.join('\n')}`);
    }
    await sleep(25);
  }
  return { pid, baseUrl, startToReadyMs: performance.now() - startedAt, stop };
}
