import { rm } from 'node:fs/promises';
import { takeRunningServer } from './test-server-registry';

export default async function globalTeardown(): Promise<void> {
  const { server, directory } = takeRunningServer();
  await server?.stop();
  if (directory) {
    await rm(directory, { recursive: true, force: true });
  }
}
