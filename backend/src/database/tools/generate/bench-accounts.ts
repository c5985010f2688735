/** The data scales `npm run generate` and `npm run bench` know. */
export const SCALES = ['national', 'eu'] as const;
export type Scale = (typeof SCALES)[number];

/** Every generated account signs in with this password (synthetic data only, never a real deployment). */
export const BENCH_PASSWORD = 'bench-password';
export const BENCH_EMAIL_DOMAIN = 'bench.keino.test';
export const BENCH_COORDINATOR_EMAIL = `coordinator@${BENCH_EMAIL_DOMAIN}`;
export const BENCH_MINISTRY_EMAIL = `ministry@${BENCH_EMAIL_DOMAIN}`;

/** Agents are numbered from 1: agent.0001@bench.keino.test. */
export function benchAgentEmail(index: number): string {
  return `agent.${String(index).padStart(4, '0')}@${BENCH_EMAIL_DOMAIN}`;
}

/** The embedded database of a scale lives in its own data directory (git-ignored by `.data-*`). */
export function benchDataDirectory(scale: Scale): string {
  return `.data-bench-${scale}`;
}
