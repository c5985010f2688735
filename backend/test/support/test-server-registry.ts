import type { RunningDatabaseServer } from '../../src/database/embedded-postgres-server';

// Global setup and teardown run in the same process; this carries the server from one to the other.
interface Registry {
  server?: RunningDatabaseServer;
  directory?: string;
}

const registry = globalThis as typeof globalThis & { keinoTestDatabase?: Registry };

export function setRunningServer(server: RunningDatabaseServer, directory: string): void {
  registry.keinoTestDatabase = { server, directory };
}

export function takeRunningServer(): Registry {
  const entry = registry.keinoTestDatabase ?? {};
  delete registry.keinoTestDatabase;
  return entry;
}
