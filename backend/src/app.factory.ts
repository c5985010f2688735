import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { json } from 'express';
import helmet from 'helmet';
import { constants as zlibConstants } from 'node:zlib';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { translateBodyParserErrors } from './common/errors/body-parser-errors';
import { assignRequestId } from './common/logging/logging.module';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig } from './config/app-config';
import { setUpOpenApi } from './openapi/openapi';

const COMPRESSION_THRESHOLD_BYTES = 4096;
/**
 * Brotli's window, as a power of two: 256 KiB instead of its default 4 MiB. Our answers compress to the same size
 * (the EU national dashboard's 395 kB to 60.3 kB), and an encoder per response with the default window cost the
 * API 9 ms more CPU per dashboard under load (docs/performance.md, "The EU national dashboard: first-response
 * medians kept, and brotli's window").
 */
export const BROTLI_WINDOW_BITS = 18;

export const API_PREFIX = 'api';

/** Builds the fully configured application; main.ts, the tests and the OpenAPI writer all use it. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular Material and d3 set inline style attributes.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.use(assignRequestId);
  // Responses under 4 KiB go as they are: compressing one costs more CPU (a brotli or gzip stream set up per
  // response) than sending the few saved bytes, which fit in TCP's first window anyway (docs/performance.md).
  app.use(
    compression({
      threshold: COMPRESSION_THRESHOLD_BYTES,
      brotli: { params: { [zlibConstants.BROTLI_PARAM_LGWIN]: BROTLI_WINDOW_BITS } },
    }),
  );
  app.use(cookieParser());
  app.use(json({ limit: '1mb' }), translateBodyParserErrors);
  app.setGlobalPrefix(API_PREFIX, { exclude: [] });
  app.useGlobalPipes(createValidationPipe());
  setUpOpenApi(app);
  return app;
}
