import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from './domain-error';

interface BodyParserError {
  type?: unknown;
  status?: unknown;
}

/**
 * Express error middleware placed right after the body parsers: names their failures with stable codes
 * before Nest would flatten them into a generic 400.
 */
export function translateBodyParserErrors(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const { type } = (error ?? {}) as BodyParserError;
  if (type === 'entity.parse.failed') {
    next(
      new DomainError(
        'MALFORMED_JSON',
        HttpStatus.BAD_REQUEST,
        'Malformed JSON',
        'The request body is not valid JSON.',
      ),
    );
    return;
  }
  if (type === 'entity.too.large') {
    next(
      new DomainError(
        'PAYLOAD_TOO_LARGE',
        HttpStatus.PAYLOAD_TOO_LARGE,
        'Payload too large',
        'The request body is larger than allowed.',
      ),
    );
    return;
  }
  next(error);
}
