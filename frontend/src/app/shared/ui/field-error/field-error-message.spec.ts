import { fieldErrorMessage } from './field-error-message';

describe('fieldErrorMessage', () => {
  it.each([
    [{ required: true }, 'errors.field.required', {}],
    [{ email: true }, 'errors.field.email', {}],
    [{ minlength: { requiredLength: 12, actualLength: 3 } }, 'errors.field.minLength', { min: 12 }],
    [{ max: { max: 365, actual: 400 } }, 'errors.field.max', { max: 365 }],
    [{ emailTaken: true }, 'errors.field.emailTaken', {}],
    [{ server: 'isEmail' }, 'errors.field.email', {}],
    [{ server: 'incorrect' }, 'errors.field.wrongPassword', {}],
    [{ server: 'notBeforeValidFrom' }, 'errors.field.dateOrder', {}],
    [{ server: 'somethingNew' }, 'errors.field.invalid', {}],
    [{ required: true, server: 'isEmail' }, 'errors.field.required', {}],
  ])('%p → %s', (errors, key, params) => {
    expect(fieldErrorMessage(errors)).toEqual({ key, params });
  });

  it('has no message for a valid control', () => {
    expect(fieldErrorMessage(null)).toBeNull();
  });
});
