import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import pino from 'pino';
import { createApp } from './app.factory';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { type RunningDatabaseServer, startEmbeddedPostgres } from './database/embedded-postgres-server';
import { type DemoAccount, DemoSeedService } from './database/seed/demo-seed.service';

const bootLogger = pino({ level: process.env['LOG_LEVEL'] || 'info', base: { context: 'bootstrap' } });

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      bootLogger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }

  let embedded: RunningDatabaseServer | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDirectory, {
      info: (message) => bootLogger.info(message),
      debug: (message) => bootLogger.debug(message),
      warn: (message) => bootLogger.warn(message),
    });
    config = { ...config, databaseUrl: embedded.url };
  }

  const app = await createApp(config);
  const logger = app.get(Logger);
  let isClosing = false;
  const shutDown = async (signal: NodeJS.Signals): Promise<void> => {
    if (isClosing) {
      return;
    }
    isClosing = true;
    logger.log(`Received ${signal}, shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutDown(signal));
  process.once('SIGTERM', (signal) => void shutDown(signal));

  await app.listen(config.port);
  logger.log(`KEINO CRM is ready at http://localhost:${config.port} (API docs: /api/docs)`);
  printDemoAccounts(app.get(DemoSeedService).accounts, config);
}

// A human-readable banner on standard output, next to the JSON logs: what a newcomer signs in with.
function printDemoAccounts(accounts: readonly DemoAccount[], config: AppConfig): void {
  if (accounts.length === 0) {
    return;
  }
  const width = Math.max(...accounts.map((account) => account.email.length));
  const lines = accounts.map((account) => `  ${account.email.padEnd(width)}  ${account.description}`);
  process.stdout.write(
    `\nKEINO CRM: http://localhost:${config.port}\nDemo accounts (password: ${config.demoPassword}):\n${lines.join('\n')}\n\n`,
  );
}

bootstrap().catch((error: unknown) => {
  bootLogger.fatal({ err: error }, 'Start-up failed');
  process.exit(1);
});
