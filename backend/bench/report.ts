import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchOptions } from './bench-options';
import type { RunResult } from './bench-results';
import type { FrontendSize } from './frontend-size';
import type { LoadStats } from './latency-stats';
import type { BenchSummary, ThresholdCheck } from './summary';
import { describeTarget } from './targets';

const COLUMNS = [
  'scenario',
  'conns',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'req/s',
  'errors',
  'API RSS MB',
  'CPU/req API ms',
  'CPU/req PG ms',
  'target',
  'met',
];
const LEFT_ALIGNED = new Set(['scenario', 'target', 'met']);

/** The number with `digits` decimals, or a dash when there is none (NaN). */
export function fixed(value: number, digits: number): string {
  return Number.isNaN(value) ? '—' : value.toFixed(digits);
}

function verdict(isMet: boolean | null): string {
  return isMet === null ? '—' : isMet ? 'yes' : 'NO';
}

function latencyCells(stats: LoadStats): string[] {
  return [
    fixed(stats.p50Ms, 1),
    fixed(stats.p95Ms, 1),
    fixed(stats.p99Ms, 1),
    fixed(stats.requestsPerSecond, 0),
    String(stats.errors),
  ];
}

function table(rows: string[][]): string {
  const widths = COLUMNS.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => row[index].length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) =>
        LEFT_ALIGNED.has(COLUMNS[index]) ? cell.padEnd(widths[index]) : cell.padStart(widths[index]),
      )
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function thresholdLine(label: string, value: string, target: string, result: ThresholdCheck): string {
  return `${label}: ${value} (target ${target}: ${verdict(result.isMet)})`;
}

/** The report printed at the end: one table, then the ratios, start-to-ready, RSS and the web app's size. */
export function formatReport(
  options: BenchOptions,
  summary: BenchSummary,
  runs: readonly RunResult[],
): string {
  const [firstRun] = runs;
  const counts = Object.entries(firstRun?.data.rowCounts ?? {})
    .map(([table, count]) => `${table} ${count.toLocaleString('en-US')}`)
    .join(', ');
  const rows: string[][] = [];
  for (const scenario of summary.scenarios) {
    rows.push([
      scenario.name,
      String(scenario.connections),
      ...latencyCells(scenario.api),
      fixed(scenario.apiRssMaxMb, 0),
      fixed(scenario.cpuPerRequest?.apiMs ?? Number.NaN, 2),
      fixed(scenario.cpuPerRequest?.databaseMs ?? Number.NaN, 2),
      describeTarget(scenario.target),
      verdict(scenario.isMet),
    ]);
    if (scenario.sql) {
      rows.push([
        '  raw SQL (pg)',
        String(scenario.connections),
        ...latencyCells(scenario.sql),
        '',
        '',
        '',
        '',
        '',
      ]);
    }
  }
  const ratios = summary.scenarios.flatMap((scenario) =>
    scenario.sql && scenario.apiToSqlP95 !== null
      ? [
          `  ${scenario.name.padEnd(20)} ${fixed(scenario.api.p95Ms, 1)} ÷ ${fixed(scenario.sql.p95Ms, 1)} ms = ` +
            `${fixed(scenario.apiToSqlP95, 2)}  ${verdict(scenario.isRatioMet)}`,
        ]
      : [],
  );
  const errors = summary.scenarios.flatMap((scenario) =>
    scenario.firstError ? [`  ${scenario.name}: ${scenario.firstError.replace(/\s+/g, ' ')}`] : [],
  );
  const runsLabel = summary.runs === 1 ? '1 run' : `median of ${summary.runs} runs`;
  return [
    '',
    `KEINO CRM bench, scale ${options.scale} (${runsLabel}): ${options.dataDirectory}`,
    `Data: ${counts}`,
    firstRun
      ? `As: agent ${firstRun.data.agent} (${firstRun.data.agentOpenRequests} open requests, regions ${firstRun.data.agentRegions.join(', ')}), ` +
        `coordinator ${firstRun.data.coordinator}, ministry ${firstRun.data.ministry}`
      : '',
    `Each scenario: ${options.warmupSeconds} s warm-up, then ${options.durationSeconds} s measured at ${options.connections} ` +
      'connections (autocannon, its own process); raw SQL: the same concurrency in-process over pg.',
    "Requests carry a browser's Accept-Encoding. Latencies of every response; req/s counts 2xx only; " +
      'errors = non-2xx, socket errors and timeouts' +
      (summary.runs > 1 ? ', summed over the runs.' : '.'),
    '',
    table(rows),
    '',
    `API ÷ raw SQL, p95 (target ≤${summary.apiToSqlP95Target}):`,
    ...(ratios.length > 0 ? ratios : ['  (no scenario with a raw-SQL side was run)']),
    thresholdLine(
      `Start to ready (median of ${summary.startToReadyMs.starts} starts)`,
      `${fixed(summary.startToReadyMs.value / 1000, 2)} s`,
      `≤${summary.startToReadyMs.target / 1000} s`,
      summary.startToReadyMs,
    ),
    summary.apiRssMaxMb
      ? thresholdLine(
          'API RSS under load (highest of the scenarios)',
          `${fixed(summary.apiRssMaxMb.value, 0)} MB (${fixed(summary.apiRssAtReadyMb, 0)} MB when ready)`,
          `≤${summary.apiRssMaxMb.target} MB`,
          summary.apiRssMaxMb,
        )
      : 'API RSS under load: not measured',
    thresholdLine(
      `Frontend initial JS (gzip, ${summary.frontendInitialJsGzipKb.scripts} eager scripts of index.html)`,
      `${fixed(summary.frontendInitialJsGzipKb.value, 1)} kB`,
      `≤${summary.frontendInitialJsGzipKb.target} kB`,
      summary.frontendInitialJsGzipKb,
    ),
    ...(errors.length > 0 ? ['First errors:', ...errors] : []),
    '',
  ].join('\n');
}

/** Writes everything (options, summary, every run, the web app's scripts) to bench/results/<scale>-<time>.json. */
export async function writeJsonReport(
  repositoryRoot: string,
  options: BenchOptions,
  startedAt: Date,
  environment: Record<string, unknown>,
  summary: BenchSummary,
  runs: readonly RunResult[],
  frontend: FrontendSize,
): Promise<string> {
  const directory = join(repositoryRoot, 'bench', 'results');
  await mkdir(directory, { recursive: true });
  // ISO 8601 in the basic format's spirit: no colons, which some file systems refuse.
  const stamp = startedAt
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  const file = join(directory, `${options.scale}-${stamp}.json`);
  const { password: _password, ...recordedOptions } = options;
  const document = {
    startedAt,
    finishedAt: new Date(),
    options: recordedOptions,
    environment,
    summary,
    runs,
    frontend,
  };
  await writeFile(
    file,
    `${JSON.stringify(document, (_key, value: unknown) => (Number.isNaN(value) ? null : value), 2)}\n`,
  );
  return file;
}
