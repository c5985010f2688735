import type { LoadStats } from './latency-stats';

/** One HTTP request of a scenario; the load generator sends them in turn. */
export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What the orchestrator asks the load worker to do (sent once, over IPC). */
export interface LoadJob {
  readonly kind: 'run';
  readonly baseUrl: string;
  readonly connections: number;
  readonly warmupSeconds: number;
  readonly durationSeconds: number;
  readonly requests: readonly LoadRequest[];
}

/** What the load worker reports back. */
export type LoadWorkerMessage =
  | { readonly kind: 'measuring' }
  | { readonly kind: 'result'; readonly stats: LoadStats; readonly firstError: string | null }
  | { readonly kind: 'failed'; readonly message: string };
