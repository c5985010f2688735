import { requestFieldErrorMessage } from './request-field-error-message';

describe('requestFieldErrorMessage', () => {
  it.each([
    [{ required: true }, 'requests.fieldErrors.required', {}],
    [{ unitNotChosen: true }, 'requests.fieldErrors.unitNotChosen', {}],
    [{ minlength: { requiredLength: 3, actualLength: 1 } }, 'requests.fieldErrors.minLength', { min: 3 }],
    [
      { maxlength: { requiredLength: 200, actualLength: 201 } },
      'requests.fieldErrors.maxLength',
      { max: 200 },
    ],
    [{ server: 'matches' }, 'requests.fieldErrors.cpvCode', {}],
    [{ server: 'arrayMinSize' }, 'requests.fieldErrors.themesRequired', {}],
    [{ server: 'unknownContact' }, 'requests.fieldErrors.unknownContact', {}],
    [{ server: 'alreadyAssigned' }, 'requests.fieldErrors.alreadyAssigned', {}],
    [{ server: 'somethingNew' }, 'requests.fieldErrors.invalid', {}],
    [{ required: true, server: 'isEmail' }, 'requests.fieldErrors.required', {}],
  ])('%p → %s', (errors, key, params) => {
    expect(requestFieldErrorMessage(errors)).toEqual({ key, params });
  });

  it('has no message for a valid control', () => {
    expect(requestFieldErrorMessage(null)).toBeNull();
  });
});
