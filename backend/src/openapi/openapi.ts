import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FieldErrorDto, ProblemDocument } from '../common/filters/problem-document';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('KEINO change-agent network CRM API')
    .setDescription(
      'The HTTP API of the CRM. Errors are RFC 9457 problem details (application/problem+json) with a stable `code`, per-field `errors[]` and a `requestId`.',
    )
    .setVersion('1')
    .addCookieAuth('crm_session', { type: 'apiKey', in: 'cookie', name: 'crm_session' }, 'session')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A personal API token (crm_…)' }, 'token')
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDocument, FieldErrorDto],
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** Serves the document at /api/openapi.json and a browsable UI at /api/docs. */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    useGlobalPrefix: false,
  });
}
