import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { API_PREFIX } from '../app.factory';
import { loadConfig } from '../config/app-config';
import { buildOpenApiDocument } from './openapi';

// Writes the OpenAPI document without a database: preview mode maps the routes but starts no provider.
// Usage: node dist/backend/openapi/write-openapi.js <output.json>
async function main(): Promise<void> {
  const output = resolve(process.argv[2] ?? 'backend/openapi.json');
  const config = loadConfig({
    NODE_ENV: 'production',
    WEB_DIR: '/nonexistent',
    DATABASE_URL: 'postgres://preview/none',
  });
  const app = await NestFactory.create(AppModule.forRoot(config), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  const document = buildOpenApiDocument(app);
  writeFileSync(output, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

void main();
