import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';

export class BusinessIdTakenError extends DomainError {
  constructor(existing: { id: string; nameFi: string }, businessId: string) {
    super(
      'BUSINESS_ID_TAKEN',
      HttpStatus.CONFLICT,
      'Business ID already registered',
      `Business ID ${businessId} belongs to ${existing.nameFi} (${existing.id}).`,
      [{ field: 'businessId', code: 'taken', message: `Already registered to ${existing.nameFi}` }],
    );
    this.existingUnitId = existing.id;
  }

  readonly existingUnitId: string;
}

export class OutOfScopeError extends DomainError {
  constructor(field: string, regionCode: string) {
    super(
      'OUT_OF_SCOPE',
      HttpStatus.FORBIDDEN,
      'Outside your regions',
      `Region ${regionCode} is not one of the regions assigned to you.`,
      [{ field, code: 'outOfScope', message: `Region ${regionCode} is not one of your regions` }],
    );
  }
}
