import { resolve } from 'node:path';
import {
  BENCH_PASSWORD,
  SCALES,
  type Scale,
  benchDataDirectory,
} from '../src/database/tools/generate/bench-accounts';
import { SCENARIO_NAMES, type ScenarioName } from './scenario-names';

export interface BenchOptions {
  readonly scale: Scale;
  /** Absolute path of the app's data directory (embedded PostgreSQL under `<dir>/postgres`). */
  readonly dataDirectory: string;
  /** The sign-in password of the accounts the bench uses. */
  readonly password: string;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly connections: number;
  readonly runs: number;
  /** Starts of the API per run for start-to-ready (the last one stays up for the scenarios). */
  readonly starts: number;
  readonly scenarios: readonly ScenarioName[];
  /** Keep the activities the bench logs instead of removing them at the end. */
  readonly keepWrites: boolean;
}

export const USAGE = `npm run bench -- [options]

  --scale national|eu    data scale: its targets and default data directory (default national)
  --data-dir DIR         data directory of the app (default .data-bench-<scale>)
  --password P           sign-in password of the accounts (default: the generator's)
  --duration S           measured seconds per scenario (default 10)
  --warmup S             warm-up seconds before each (default 3)
  --connections N        concurrent connections, also the raw-SQL concurrency (default 10)
  --runs N               repeat everything N times and report medians (default 1)
  --starts N             API starts per run timed for start-to-ready (default 3)
  --only a,b             only these scenarios: ${SCENARIO_NAMES.join(', ')}
  --keep-writes          keep the activities logged by the bench (default: all of them are removed at the end)
`;

export class UsageError extends Error {}

function positiveNumber(name: string, value: string, isInteger: boolean): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (isInteger && !Number.isInteger(number))) {
    throw new UsageError(`--${name} must be a positive ${isInteger ? 'integer' : 'number'}, not "${value}"`);
  }
  return number;
}

/** Reads `--name value` and `--name=value` arguments; `null` when help was asked for. */
export function parseBenchOptions(argv: readonly string[], repositoryRoot: string): BenchOptions | null {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--help' || argument === '-h') {
      return null;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argument);
    if (!match) {
      throw new UsageError(`Unexpected argument "${argument}"`);
    }
    const [, name, inline] = match;
    if (name === 'keep-writes') {
      flags.add(name);
    } else if (inline !== undefined) {
      values.set(name, inline);
    } else if (index + 1 < argv.length) {
      values.set(name, argv[++index]);
    } else {
      throw new UsageError(`--${name} needs a value`);
    }
  }
  const known = new Set([
    'scale',
    'data-dir',
    'password',
    'duration',
    'warmup',
    'connections',
    'runs',
    'starts',
    'only',
  ]);
  for (const name of values.keys()) {
    if (!known.has(name)) {
      throw new UsageError(`Unknown option --${name}`);
    }
  }
  const scale = values.get('scale') ?? 'national';
  if (!(SCALES as readonly string[]).includes(scale)) {
    throw new UsageError(`--scale must be one of ${SCALES.join(', ')}, not "${scale}"`);
  }
  const only = values.get('only');
  const scenarios = only ? only.split(',').map((name) => name.trim()) : [...SCENARIO_NAMES];
  const unknown = scenarios.filter((name) => !(SCENARIO_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown scenario ${unknown.join(', ')}; known: ${SCENARIO_NAMES.join(', ')}`);
  }
  const warmup = values.get('warmup');
  return {
    scale: scale as Scale,
    dataDirectory: resolve(repositoryRoot, values.get('data-dir') ?? benchDataDirectory(scale as Scale)),
    password: values.get('password') ?? BENCH_PASSWORD,
    durationSeconds: positiveNumber('duration', values.get('duration') ?? '10', false),
    warmupSeconds: warmup === '0' ? 0 : positiveNumber('warmup', warmup ?? '3', false),
    connections: positiveNumber('connections', values.get('connections') ?? '10', true),
    runs: positiveNumber('runs', values.get('runs') ?? '1', true),
    starts: positiveNumber('starts', values.get('starts') ?? '3', true),
    scenarios: scenarios as ScenarioName[],
    keepWrites: flags.has('keep-writes'),
  };
}
