import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

interface ChildReport {
  values: string[];
  postgresPid: number;
}

const child = join(__dirname, 'support', 'embedded-postgres-child.ts');
const nodeArguments = ['-r', 'ts-node/register/transpile-only', child];
const childEnvironment = { ...process.env, TS_NODE_PROJECT: join(__dirname, '..', 'tsconfig.spec.json') };

function runToCompletion(directory: string, mode: 'write' | 'read'): ChildReport {
  const result = spawnSync(process.execPath, [...nodeArguments, directory, mode], {
    env: childEnvironment,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) {
    throw new Error(`child failed (${result.status}): ${result.stderr}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as ChildReport;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embedded PostgreSQL server', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'keino-embedded-'));
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('initialises a cluster on first start and reuses it, with its data, on the next', () => {
    expect(runToCompletion(directory, 'write').values).toEqual(['still here']);
    expect(runToCompletion(directory, 'read').values).toEqual(['still here']);
  });

  it('starts after a crash that left a stale lock file naming a dead process', async () => {
    const deadPid = spawnSync('true').pid;
    await writeFile(
      join(directory, 'postgres', 'postmaster.pid'),
      `${deadPid}\n${join(directory, 'postgres')}\n`,
    );
    expect(runToCompletion(directory, 'read').values).toEqual(['still here']);
  });

  const hold = async (): Promise<{ app: ChildProcess; postgresPid: number }> => {
    const app = spawn(process.execPath, [...nodeArguments, directory, 'hold'], { env: childEnvironment });
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: app.stdout }).once('line', resolve);
      app.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
    });
    return { app, postgresPid: (JSON.parse(firstLine) as ChildReport).postgresPid };
  };

  it('refuses a data directory whose server another running app uses, and leaves that server alone', async () => {
    const { app, postgresPid } = await hold();
    try {
      expect(() => runToCompletion(directory, 'read')).toThrow(/is in use: its PostgreSQL .* belongs to/);
      expect(isAlive(postgresPid)).toBe(true);
    } finally {
      app.kill('SIGTERM');
      await new Promise((resolve) => app.once('exit', resolve));
    }
  });

  it('takes over from a server orphaned when the app was killed with SIGKILL', async () => {
    const { app, postgresPid: orphanPid } = await hold();
    app.kill('SIGKILL');
    await new Promise((resolve) => app.once('exit', resolve));
    expect(isAlive(orphanPid)).toBe(true);

    const restarted = runToCompletion(directory, 'read');
    expect(restarted.values).toEqual(['still here']);
    expect(restarted.postgresPid).not.toBe(orphanPid);
    expect(isAlive(orphanPid)).toBe(false);
  });
});
