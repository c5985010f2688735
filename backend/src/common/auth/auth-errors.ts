import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

export class UnauthenticatedError extends DomainError {
  constructor(detail = 'Sign in to use this resource.') {
    super('UNAUTHENTICATED', HttpStatus.UNAUTHORIZED, 'Unauthenticated', detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'Your role does not allow this.') {
    super('FORBIDDEN', HttpStatus.FORBIDDEN, 'Forbidden', detail);
  }
}

export class CsrfTokenInvalidError extends DomainError {
  constructor() {
    super(
      'CSRF_TOKEN_INVALID',
      HttpStatus.FORBIDDEN,
      'CSRF token missing or invalid',
      'State-changing requests with a session cookie must send the XSRF-TOKEN cookie value in the X-XSRF-TOKEN header.',
    );
  }
}

export class StaleVersionError extends DomainError {
  constructor(recordType: string) {
    super(
      'STALE_VERSION',
      HttpStatus.CONFLICT,
      'Stale version',
      `The ${recordType} was changed by someone else since you loaded it; reload and try again.`,
    );
  }
}
