import autocannon from 'autocannon';
import { type LoadStats, summariseLatencies } from './latency-stats';
import type { LoadJob, LoadRequest, LoadWorkerMessage } from './load-messages';

// The load generator, in its own process (forked by load-runner.ts) so that it never shares an event loop
// with the orchestrator or the API. It runs a warm-up, then the measured phase, and reports over IPC.

interface PhaseResult {
  readonly stats: LoadStats;
  readonly firstError: string | null;
}

function send(message: LoadWorkerMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) {
      reject(new Error('load-worker.ts must be started with an IPC channel (fork)'));
      return;
    }
    process.send(message, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

function runPhase(job: LoadJob, seconds: number): Promise<PhaseResult> {
  // One request template whose setupRequest takes the next request of the shared list: every connection
  // rotates through all of them, instead of each connection starting over at the first.
  let next = 0;
  const take = (): LoadRequest => job.requests[next++ % job.requests.length];
  const latencies: number[] = [];
  let successes = 0;
  let errors = 0;
  let firstError: string | null = null;
  const template: autocannon.Request = {
    setupRequest: (request) => {
      const spec = take();
      return {
        ...request,
        method: spec.method,
        path: spec.path,
        headers: { ...spec.headers },
        ...(spec.body === undefined ? {} : { body: spec.body }),
      };
    },
    onResponse: (status, body) => {
      if ((status < 200 || status > 299) && firstError === null) {
        firstError = `HTTP ${status}: ${body.slice(0, 400)}`;
      }
    },
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: job.baseUrl, connections: job.connections, duration: seconds, requests: [template] },
      (error, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const isSilent = successes === 0 && errors === 0;
        resolve({
          stats: summariseLatencies(latencies, successes, errors, result.duration),
          firstError: isSilent ? `no response within the ${seconds} s: every call took longer` : firstError,
        });
      },
    );
    // autocannon's own histogram has whole-millisecond resolution and no p95: keep every latency instead.
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 200 && statusCode <= 299) {
        successes += 1;
      } else {
        errors += 1;
      }
    });
    instance.on('reqError', (error: unknown) => {
      errors += 1;
      firstError ??= error instanceof Error ? error.message : String(error);
    });
  });
}

async function run(job: LoadJob): Promise<void> {
  if (job.warmupSeconds > 0) {
    await runPhase(job, job.warmupSeconds);
  }
  await send({ kind: 'measuring' });
  const { stats, firstError } = await runPhase(job, job.durationSeconds);
  await send({ kind: 'result', stats, firstError });
}

process.once('message', (job: LoadJob) => {
  run(job)
    .catch((error: unknown) =>
      send({
        kind: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    )
    .finally(() => process.disconnect());
});
