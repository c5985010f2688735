import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      HttpStatus.UNPROCESSABLE_ENTITY,
      'Idempotency key reused',
      'This Idempotency-Key was already used for a different request; use a new key for a new request.',
      [{ field: 'Idempotency-Key', code: 'reused', message: 'Already used for a different request' }],
    );
  }
}

export class TooManySubmissionsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'TOO_MANY_REQUESTS',
      HttpStatus.TOO_MANY_REQUESTS,
      'Too many submissions',
      `Too many requests were submitted from your address; try again in ${retryAfterSeconds} seconds.`,
    );
    this.headers = { 'Retry-After': String(retryAfterSeconds) };
  }
}

export class RequestNotOpenError extends DomainError {
  constructor(action: string) {
    super(
      'REQUEST_NOT_OPEN',
      HttpStatus.CONFLICT,
      'Request not open',
      `The request is closed or cancelled, so it cannot be ${action}.`,
    );
  }
}

export class RatingNotAllowedError extends DomainError {
  constructor() {
    super(
      'RATING_NOT_ALLOWED',
      HttpStatus.CONFLICT,
      'Not resolved yet',
      'A request can be rated once it has been resolved.',
    );
  }
}
