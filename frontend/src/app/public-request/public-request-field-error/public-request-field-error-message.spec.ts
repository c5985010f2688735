import { publicRequestFieldErrorMessage } from './public-request-field-error-message';

describe('publicRequestFieldErrorMessage', () => {
  it.each([
    [{ required: true }, 'publicRequest.fieldErrors.required', {}],
    [{ unitNotChosen: true }, 'publicRequest.fieldErrors.unitNotChosen', {}],
    [{ themesRequired: true }, 'publicRequest.fieldErrors.themesRequired', {}],
    [{ email: true }, 'publicRequest.fieldErrors.email', {}],
    [{ cpvCode: true }, 'publicRequest.fieldErrors.cpvCode', {}],
    [
      { minlength: { requiredLength: 3, actualLength: 1 } },
      'publicRequest.fieldErrors.minLength',
      { min: 3 },
    ],
    [
      { maxlength: { requiredLength: 200, actualLength: 201 } },
      'publicRequest.fieldErrors.maxLength',
      { max: 200 },
    ],
    [{ server: 'isEmail' }, 'publicRequest.fieldErrors.email', {}],
    [{ server: 'unknownUnit' }, 'publicRequest.fieldErrors.unknownUnit', {}],
    [{ server: 'unknownTheme' }, 'publicRequest.fieldErrors.unknownTheme', {}],
    [{ server: 'arrayMinSize' }, 'publicRequest.fieldErrors.themesRequired', {}],
    [{ server: 'matches' }, 'publicRequest.fieldErrors.cpvCode', {}],
    [{ server: 'unknownCpvDivision' }, 'publicRequest.fieldErrors.unknownCpvDivision', {}],
    [{ server: 'somethingNew' }, 'publicRequest.fieldErrors.invalid', {}],
    [{ required: true, server: 'isEmail' }, 'publicRequest.fieldErrors.required', {}],
  ])('%p → %s', (errors, key, params) => {
    expect(publicRequestFieldErrorMessage(errors)).toEqual({ key, params });
  });

  it('has no message for a valid control', () => {
    expect(publicRequestFieldErrorMessage(null)).toBeNull();
  });
});
