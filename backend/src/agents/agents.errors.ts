import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';

export class AssignmentOverlapError extends DomainError {
  constructor(detail: string) {
    super('ASSIGNMENT_OVERLAP', HttpStatus.CONFLICT, 'Region already covered', detail);
  }
}
