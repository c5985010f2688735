import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOWED_ROLES_KEY, IS_PUBLIC_KEY } from '../common/auth/access.decorators';
import { CsrfTokenInvalidError, ForbiddenError, UnauthenticatedError } from '../common/auth/auth-errors';
import type { AuthenticatedRequest } from '../common/auth/current-actor.decorator';
import type { Role } from '../common/auth/roles';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { XSRF_HEADER, readSessionCookie } from './session-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isSameSecret(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') {
    return false;
  }
  const expectedBytes = Buffer.from(expected);
  const givenBytes = Buffer.from(given);
  return expectedBytes.length === givenBytes.length && timingSafeEqual(expectedBytes, givenBytes);
}

/**
 * Global guard: every route is closed unless declared `@Public()` or `@AllowRoles(...)`. Resolves the caller
 * from a Bearer API token or the session cookie, enforces CSRF on cookie-authenticated writes, checks roles.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly logger = new Logger(AuthenticationGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) {
      return true;
    }
    const allowedRoles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES_KEY, targets);
    if (!allowedRoles) {
      // Deny by default: a route that forgot to declare its access is closed, and the route test names it.
      this.logger.error(
        `Route without an access declaration: ${context.getClass().name}.${context.getHandler().name}`,
      );
      throw new ForbiddenError('This endpoint declares no access rule.');
    }

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match ? await this.auth.resolveApiToken(match[1]) : null;
      if (!principal) {
        throw new UnauthenticatedError('The API token is unknown, expired or revoked.');
      }
      request.principal = principal;
    } else {
      const sessionToken = readSessionCookie(request, this.config);
      const session = sessionToken ? await this.auth.resolveSession(sessionToken) : null;
      if (!session) {
        throw new UnauthenticatedError(sessionToken ? 'Your session has ended; sign in again.' : undefined);
      }
      if (
        !SAFE_METHODS.has(request.method) &&
        !isSameSecret(session.csrfToken, request.headers[XSRF_HEADER])
      ) {
        throw new CsrfTokenInvalidError();
      }
      request.principal = session.principal;
    }

    if (!allowedRoles.includes(request.principal.role)) {
      throw new ForbiddenError();
    }
    return true;
  }
}
