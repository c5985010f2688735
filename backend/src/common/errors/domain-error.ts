import { HttpStatus } from '@nestjs/common';

/** One problem with one input field, as it travels in a problem document's `errors[]`. */
export interface FieldError {
  /** Dotted path of the field in the request (`page`, `address.postalCode`, `themes.0`). */
  readonly field: string;
  /** Stable machine-readable code of the rule that failed (`isInt`, `max`, `unknownField`). */
  readonly code: string;
  readonly message: string;
}

/**
 * An expected failure with a stable code; the problem-details filter turns it into an RFC 9457 response.
 * Services throw these, never HttpExceptions, so they stay independent of the transport.
 */
export class DomainError extends Error {
  /** Response headers that belong to this error (e.g. Retry-After on 429). */
  headers: Readonly<Record<string, string>> = {};

  constructor(
    readonly code: string,
    readonly status: HttpStatus,
    readonly title: string,
    readonly detail?: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(detail ?? title);
    this.name = 'DomainError';
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: readonly FieldError[], detail = 'The request has invalid fields.') {
    super('VALIDATION_FAILED', HttpStatus.BAD_REQUEST, 'Validation failed', detail, errors);
  }
}

export class RecordNotFoundError extends DomainError {
  constructor(recordType: string, id: string) {
    super('NOT_FOUND', HttpStatus.NOT_FOUND, 'Not found', `No ${recordType} with id ${id}.`);
  }
}
