import { ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '../errors/domain-error';
import { toFieldErrors } from '../errors/validation-errors';

/** Whitelisted, transformed input; anything unknown or invalid is a 400 problem with per-field errors. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedError(toFieldErrors(errors)),
  });
}
