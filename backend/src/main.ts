import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import pino from 'pino';
import { createApp } from './app.factory';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { type RunningDatabaseServer, startEmbeddedPostgres } from './database/embedded-postgres-server';

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
}

bootstrap().catch((error: unknown) => {
  bootLogger.fatal({ err: error }, 'Start-up failed');
  process.exit(1);
});
