import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';

export class EmailTakenError extends DomainError {
  constructor() {
    super(
      'EMAIL_TAKEN',
      HttpStatus.CONFLICT,
      'Email already in use',
      'Another user has this email address.',
      [{ field: 'email', code: 'taken', message: 'Another user has this email address' }],
    );
  }
}
