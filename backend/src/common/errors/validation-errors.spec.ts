import type { ValidationError } from 'class-validator';
import { toFieldErrors } from './validation-errors';

describe('toFieldErrors', () => {
  it('gives one entry per failed rule with the dotted path of nested fields', () => {
    const errors: ValidationError[] = [
      {
        property: 'pageSize',
        value: 100.5,
        constraints: { max: 'pageSize must not be greater than 100', isInt: 'x' },
      },
      {
        property: 'address',
        value: { postalCode: '123' },
        children: [
          { property: 'postalCode', value: '123', constraints: { matches: 'postalCode must be 5 digits' } },
        ],
      },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'pageSize', code: 'max', message: 'pageSize must not be greater than 100' },
      { field: 'pageSize', code: 'isInt', message: 'x' },
      { field: 'address.postalCode', code: 'matches', message: 'postalCode must be 5 digits' },
    ]);
  });

  it('reports a missing required field once, as required, not once per rule it would have had to pass', () => {
    const errors: ValidationError[] = [
      {
        property: 'title',
        value: undefined,
        constraints: { isString: 'title must be a string', minLength: 'too short', maxLength: 'too long' },
      },
      { property: 'unitId', value: null, constraints: { isUuid: 'unitId must identify a unit' } },
      { property: 'title2', value: '', constraints: { minLength: 'title2 must be longer' } },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'title', code: 'required', message: 'title is required' },
      { field: 'unitId', code: 'required', message: 'unitId is required' },
      { field: 'title2', code: 'minLength', message: 'title2 must be longer' },
    ]);
  });

  it('reports a list field given something else once, as isArray, not by its element rules', () => {
    const errors: ValidationError[] = [
      {
        property: 'themeCodes',
        value: 'climate',
        constraints: {
          isArray: 'themeCodes must be an array',
          arrayUnique: "All themeCodes's elements must be unique",
          arrayMaxSize: 'themeCodes must contain no more than 10 elements',
        },
      },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'themeCodes', code: 'isArray', message: 'themeCodes must be a list' },
    ]);
  });

  it('reports fields the endpoint does not accept as unknownField', () => {
    const errors: ValidationError[] = [
      {
        property: 'colour',
        value: 'red',
        constraints: { whitelistValidation: 'property colour should not exist' },
      },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'colour', code: 'unknownField', message: 'colour is not an accepted field' },
    ]);
  });
});
