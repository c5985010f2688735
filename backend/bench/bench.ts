import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { stopRunningApis } from './api-process';
import { USAGE, UsageError, parseBenchOptions } from './bench-options';
import type { RunResult } from './bench-results';
import { runOnce } from './bench-run';
import { measureFrontendSize } from './frontend-size';
import { formatReport, writeJsonReport } from './report';
import { summarise } from './summary';

// npm run bench -- --scale national|eu [options]: see USAGE. The npm script builds backend and frontend first.

const repositoryRoot = resolve(__dirname, '..', '..');

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

function gitDescription(): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repositoryRoot })
      .toString()
      .trim();
    const isDirty =
      execFileSync('git', ['status', '--porcelain'], { cwd: repositoryRoot }).toString().trim() !== '';
    return isDirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2), repositoryRoot);
  if (!options) {
    process.stdout.write(USAGE);
    return;
  }
  for (const built of [
    join('dist', 'backend', 'main.js'),
    join('dist', 'frontend', 'browser', 'index.html'),
  ]) {
    if (!existsSync(join(repositoryRoot, built))) {
      throw new UsageError(`${built} is missing: build first (npm run bench builds backend and frontend)`);
    }
  }
  if (!existsSync(join(options.dataDirectory, 'postgres', 'PG_VERSION'))) {
    throw new UsageError(
      `No database in ${options.dataDirectory}: run npm run generate -- --scale ${options.scale}, or pass --data-dir`,
    );
  }
  const startedAt = new Date();
  const frontend = await measureFrontendSize(join(repositoryRoot, 'dist', 'frontend', 'browser'));
  const runs: RunResult[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    progress(`Run ${run}/${options.runs}, scale ${options.scale}, data ${options.dataDirectory}`);
    runs.push(await runOnce(options, repositoryRoot, progress));
  }
  const summary = summarise(options.scale, runs, frontend);
  process.stdout.write(formatReport(options, summary, runs));
  const environment = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryMb: Math.round(totalmem() / 1024 / 1024),
    commit: gitDescription(),
  };
  const file = await writeJsonReport(
    repositoryRoot,
    options,
    startedAt,
    environment,
    summary,
    runs,
    frontend,
  );
  process.stdout.write(`Written to ${file}\n`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress(`${signal}: stopping the API`);
    void stopRunningApis().finally(() => process.exit(130));
  });
}

process.once('uncaughtException', (error) => {
  progress(`Unexpected failure: ${error.stack ?? error.message}`);
  void stopRunningApis().finally(() => process.exit(1));
});

function describeFailure(error: unknown): string {
  if (error instanceof UsageError) {
    return `${error.message}\n\n${USAGE}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main().catch(async (error: unknown) => {
  await stopRunningApis();
  progress(describeFailure(error));
  process.exit(1);
});
