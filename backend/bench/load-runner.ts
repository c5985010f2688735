import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadStats } from './latency-stats';
import type { LoadJob, LoadWorkerMessage } from './load-messages';

export interface LoadOutcome {
  readonly stats: LoadStats;
  readonly firstError: string | null;
}

/**
 * Runs the job in a forked load-worker.ts (a process of its own, like any outside client) and resolves with
 * its measurement. `onMeasuring` is called when the warm-up is over and the measured phase starts.
 */
export function runLoad(job: LoadJob, onMeasuring: () => void): Promise<LoadOutcome> {
  return new Promise((resolve, reject) => {
    const worker = fork(join(__dirname, 'load-worker.ts'), [], {
      execArgv: ['--require', 'ts-node/register/transpile-only'],
      env: { ...process.env, TS_NODE_PROJECT: join(__dirname, 'tsconfig.json') },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // Structured clone keeps NaN (no response in the measured phase) as NaN; JSON would make it null.
      serialization: 'advanced',
    });
    let outcome: LoadOutcome | null = null;
    let failure: string | null = null;
    worker.on('message', (message: LoadWorkerMessage) => {
      switch (message.kind) {
        case 'measuring':
          onMeasuring();
          break;
        case 'result':
          outcome = { stats: message.stats, firstError: message.firstError };
          break;
        case 'failed':
          failure = message.message;
          break;
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (outcome) {
        resolve(outcome);
      } else {
        reject(
          new Error(`The load worker ended (exit code ${code}) without a result: ${failure ?? 'no message'}`),
        );
      }
    });
    worker.send(job);
  });
}
