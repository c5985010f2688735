import { HttpStatus } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { NextFunction, Request, Response } from 'express';
import { ProblemDetailsFilter } from '../filters/problem-details.filter';
import { DomainError } from './domain-error';

interface BodyParserError {
  type?: unknown;
  status?: unknown;
}

const problems = new ProblemDetailsFilter();

/**
 * Express error middleware placed right after the body parsers: answers their failures with stable codes
 * at once, through the same problem filter as every other error. Passed on down Express's error chain they
 * would meet other error middleware first (the web app's static server turns any API error into a 404).
 */
export function translateBodyParserErrors(
  error: unknown,
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  const answer = (problem: DomainError): void =>
    problems.catch(problem, new ExecutionContextHost([request, response, next]));
  const { type } = (error ?? {}) as BodyParserError;
  if (type === 'entity.parse.failed') {
    answer(
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
    answer(
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
