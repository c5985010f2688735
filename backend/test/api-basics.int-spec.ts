import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { type Server, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { BROTLI_WINDOW_BITS } from '../src/app.factory';
import { startTestApp, type TestApp } from './support/test-app';

describe('API basics', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('answers an unknown API path with a 404 problem document', async () => {
    const response = await testApp.http.get('/api/v1/nothing-here?x=1').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: '/api/problems/route-not-found',
      title: 'Not Found',
      status: 404,
      detail: 'No endpoint GET /api/v1/nothing-here.',
      instance: '/api/v1/nothing-here',
      code: 'ROUTE_NOT_FOUND',
      requestId: response.headers['x-request-id'],
    });
  });

  it('answers a method an endpoint does not have with a 404 problem document', async () => {
    const response = await testApp.http.delete('/api/v1/regions').expect(404);
    expect(response.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('answers malformed JSON with a 400 problem document', async () => {
    const response = await testApp.http
      .post('/api/v1/regions')
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
  });

  it('keeps a well-formed incoming request id and makes one otherwise', async () => {
    const kept = await testApp.http.get('/api/v1/regions/99').set('X-Request-Id', 'lb-1234abcd').expect(404);
    expect(kept.headers['x-request-id']).toBe('lb-1234abcd');
    expect(kept.body.requestId).toBe('lb-1234abcd');
    const replaced = await testApp.http.get('/api/v1/regions/99').set('X-Request-Id', 'bad id!').expect(404);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports liveness and readiness', async () => {
    const live = await testApp.http.get('/api/health').expect(200);
    expect(live.body.status).toBe('ok');
    const ready = await testApp.http.get('/api/health/ready').expect(200);
    expect(ready.body.details).toEqual({ database: { status: 'up' }, migrations: { status: 'up' } });
  });

  it('serves the OpenAPI document and its browsable UI', async () => {
    const document = await testApp.http.get('/api/openapi.json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/regions',
        '/api/v1/municipalities',
        '/api/v1/themes',
        '/api/v1/cpv-divisions',
      ]),
    );
    expect(document.body.components.schemas.ProblemDocument).toBeDefined();
    const ui = await testApp.http.get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('compresses responses of 4 KiB and more, and sends smaller ones as they are', async () => {
    const large = await testApp.http
      .get('/api/openapi.json')
      .set('accept-encoding', 'gzip, deflate, br, zstd')
      .expect(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(JSON.stringify(large.body).length).toBeGreaterThan(4096);
    // Brotli with a window of 2^18 bytes: the stream's first bits say so (RFC 7932, section 9.1: a 1, then
    // WBITS - 17 in three bits).
    // Read as sent (supertest would decode it), from the app listening on a port of its own for the call.
    const server = (testApp.app.getHttpServer() as Server).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const stream = await new Promise<Buffer>((resolve, reject) => {
      get(
        `http://127.0.0.1:${port}/api/openapi.json`,
        { headers: { 'accept-encoding': 'br' } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(Buffer.concat(chunks)));
        },
      ).on('error', reject);
    });
    await new Promise((resolve) => server.close(resolve));
    expect(stream[0] & 1).toBe(1);
    expect(17 + ((stream[0] >> 1) & 7)).toBe(BROTLI_WINDOW_BITS);
    expect(JSON.parse(brotliDecompressSync(stream).toString('utf8'))).toEqual(large.body);
    // Above the compression middleware's own default threshold (1 KiB), below ours.
    const small = await testApp.http
      .get('/api/v1/regions')
      .set('accept-encoding', 'gzip, deflate, br, zstd')
      .expect(200);
    expect(small.text.length).toBeGreaterThan(1024);
    expect(small.text.length).toBeLessThan(4096);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('sends security headers', async () => {
    const response = await testApp.http.get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('API errors while the web app is served', () => {
  let testApp: TestApp;
  let webDirectory: string;

  beforeAll(async () => {
    // As `npm start` runs: the built web app is served next to the API, with its own error middleware.
    webDirectory = await mkdtemp(join(tmpdir(), 'keino-web-'));
    await writeFile(join(webDirectory, 'index.html'), '<!doctype html><title>KEINO</title>');
    testApp = await startTestApp({ WEB_DIR: webDirectory });
  });

  afterAll(async () => {
    await testApp.close();
    await rm(webDirectory, { recursive: true, force: true });
  });

  it('still answers malformed JSON and too large bodies with their own problem documents', async () => {
    const malformed = await testApp.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(malformed.body).toMatchObject({
      code: 'MALFORMED_JSON',
      instance: '/api/v1/auth/login',
      requestId: malformed.headers['x-request-id'],
    });
    const large = await testApp.http
      .post('/api/v1/public/requests')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ description: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(large.body.code).toBe('PAYLOAD_TOO_LARGE');
    await testApp.http.get('/requests').expect(200).expect('Content-Type', /html/);
  });
});
