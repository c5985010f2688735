import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { createTestDatabase } from './test-database';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly http: TestAgent;
  readonly databaseUrl: string;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/** The real application (every module, filter and pipe) on its own fresh database. */
export async function startTestApp(
  environment: NodeJS.ProcessEnv = {},
  options: { databaseUrl?: string } = {},
): Promise<TestApp> {
  // Another instance's database, to run several API instances against one PostgreSQL database.
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    WEB_DIR: '/nonexistent',
    // Every test signs in from 127.0.0.1; the per-IP limit has its own test.
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    // Tests drive the mail delivery worker themselves.
    MAIL_POLL_SECONDS: '0',
    // Tests run jobs themselves (POST /api/v1/jobs/{name}/run, or the runner); one test starts them.
    JOBS_ENABLED: 'false',
    PUBLIC_REQUESTS_PER_IP_PER_HOUR: '100000',
    ...environment,
    DATABASE_URL: databaseUrl,
  });
  const app = await createApp(config);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    databaseUrl,
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}
