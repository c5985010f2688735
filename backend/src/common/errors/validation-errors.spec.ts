import type { ValidationError } from 'class-validator';
import { toFieldErrors } from './validation-errors';

describe('toFieldErrors', () => {
  it('gives one entry per failed rule with the dotted path of nested fields', () => {
    const errors: ValidationError[] = [
      { property: 'pageSize', constraints: { max: 'pageSize must not be greater than 100', isInt: 'x' } },
      {
        property: 'address',
        children: [{ property: 'postalCode', constraints: { matches: 'postalCode must be 5 digits' } }],
      },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'pageSize', code: 'max', message: 'pageSize must not be greater than 100' },
      { field: 'pageSize', code: 'isInt', message: 'x' },
      { field: 'address.postalCode', code: 'matches', message: 'postalCode must be 5 digits' },
    ]);
  });

  it('reports fields the endpoint does not accept as unknownField', () => {
    const errors: ValidationError[] = [
      { property: 'colour', constraints: { whitelistValidation: 'property colour should not exist' } },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'colour', code: 'unknownField', message: 'colour is not an accepted field' },
    ]);
  });
});
