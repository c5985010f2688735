import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth } from '@nestjs/swagger';
import { ROLES, type Role } from './roles';

export const IS_PUBLIC_KEY = 'crm:isPublic';
export const ALLOWED_ROLES_KEY = 'crm:allowedRoles';

/** Open to anyone, signed in or not. Every other route must name its roles with `@AllowRoles`. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** The roles that may call the route; everyone else gets 403 (or 401 when not signed in). */
export function AllowRoles(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ALLOWED_ROLES_KEY, roles),
    ApiCookieAuth('session'),
    ApiBearerAuth('token'),
  );
}

/** Any signed-in user, whatever the role. */
export const SignedIn = (): MethodDecorator & ClassDecorator => AllowRoles(...ROLES);
