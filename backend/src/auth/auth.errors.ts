import { HttpStatus } from '@nestjs/common';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', HttpStatus.UNAUTHORIZED, 'Invalid credentials', 'Wrong email or password.');
  }
}

export class PasswordSetupTokenInvalidError extends DomainError {
  constructor() {
    super(
      'PASSWORD_SETUP_TOKEN_INVALID',
      HttpStatus.BAD_REQUEST,
      'Link not valid',
      'This password link is unknown, already used or expired; ask a coordinator for a new one.',
    );
  }
}

export class WrongCurrentPasswordError extends ValidationFailedError {
  constructor() {
    super([{ field: 'currentPassword', code: 'incorrect', message: 'The current password is not correct' }]);
  }
}
