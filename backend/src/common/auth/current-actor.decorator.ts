import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor, Principal } from './principal';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/** The signed-in caller with the request id, for services (scoping and audit). Only on guarded routes. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) {
    throw new Error('CurrentActor used on a route without an authenticated principal');
  }
  return { principal: request.principal, requestId: request.id ? String(request.id) : null };
});
