import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ALLOWED_ROLES_KEY, IS_PUBLIC_KEY } from '../src/common/auth/access.decorators';
import { startTestApp, type TestApp } from './support/test-app';

interface RouteInfo {
  name: string;
  method: string;
  path: string;
  isPublic: boolean;
  roles: string[] | undefined;
}

/** Every route registered in the Nest application, with its access declaration. */
function enumerateRoutes(testApp: TestApp): RouteInfo[] {
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const module of testApp.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) {
        continue;
      }
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const methodName of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[methodName] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) {
          continue;
        }
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const read = <T>(key: string): T | undefined =>
          (Reflect.getMetadata(key, handler) as T | undefined) ??
          (Reflect.getMetadata(key, controller) as T | undefined);
        routes.push({
          name: `${controller.name}.${methodName}`,
          method: RequestMethod[method],
          path: `/api/${prefix}/${path}`.replace(/\/+/g, '/').replace(/\/$/, ''),
          isPublic: read<boolean>(IS_PUBLIC_KEY) === true,
          roles: read<string[]>(ALLOWED_ROLES_KEY),
        });
      }
    }
  }
  return routes;
}

describe('every route declares who may call it', () => {
  let testApp: TestApp;
  let routes: RouteInfo[];

  beforeAll(async () => {
    testApp = await startTestApp();
    routes = enumerateRoutes(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('finds the application routes', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.map((route) => route.name)).toEqual(
      expect.arrayContaining(['UsersController.create', 'AuthController.login']),
    );
  });

  it('has no route that is neither public nor restricted to named roles', () => {
    const undeclared = routes.filter(
      (route) => !route.isPublic && (!route.roles || route.roles.length === 0),
    );
    expect(undeclared.map((route) => `${route.method} ${route.path} (${route.name})`)).toEqual([]);
  });

  it('keeps public only what must be open to anyone', () => {
    const open = routes
      .filter((route) => route.isPublic)
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    expect(open).toEqual(
      [
        'GET /api/health',
        'GET /api/health/ready',
        'GET /api/v1/regions',
        'GET /api/v1/regions/:code',
        'GET /api/v1/municipalities',
        'GET /api/v1/municipalities/:code',
        'GET /api/v1/themes',
        'GET /api/v1/cpv-divisions',
        'POST /api/v1/auth/login',
        'POST /api/v1/auth/password-setup',
        // The public request form and the requester's private status link (the token is the credential).
        'GET /api/v1/public/units',
        'POST /api/v1/public/requests',
        'GET /api/v1/public/requests/status/:token',
        'POST /api/v1/public/requests/status/:token/replies',
        'POST /api/v1/public/requests/status/:token/cancellation',
        'POST /api/v1/public/requests/status/:token/rating',
      ].sort(),
    );
  });

  it('answers 401 on every non-public route when nobody is signed in (the guard really runs)', async () => {
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      const path = route.path.replace(':id', '00000000-0000-4000-8000-000000000000').replace(':code', '01');
      const response = await testApp.http[route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](
        path,
      ).send({});
      expect({ route: route.name, status: response.status }).toEqual({ route: route.name, status: 401 });
    }
  });
});
