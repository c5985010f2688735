import { followUpFieldErrorMessage } from './follow-up-field-error-message';

describe('followUpFieldErrorMessage', () => {
  it.each([
    [{ required: true }, 'followUps.fieldErrors.required', {}],
    [{ matDatepickerParse: { text: '31.2.2026' } }, 'followUps.fieldErrors.date', {}],
    [{ matDatepickerMin: { min: new Date(), actual: new Date() } }, 'followUps.fieldErrors.past', {}],
    [
      { maxlength: { requiredLength: 1000, actualLength: 1001 } },
      'followUps.fieldErrors.maxLength',
      { max: 1000 },
    ],
    [{ min: { min: 1, actual: 0 } }, 'followUps.fieldErrors.months', {}],
    [{ wholeNumber: true }, 'followUps.fieldErrors.months', {}],
    [{ server: 'past' }, 'followUps.fieldErrors.past', {}],
    [{ server: 'notAnAssignee' }, 'followUps.fieldErrors.notAnAssignee', {}],
    [{ server: 'max' }, 'followUps.fieldErrors.months', {}],
    [{ server: 'somethingNew' }, 'followUps.fieldErrors.invalid', {}],
    [{ required: true, server: 'past' }, 'followUps.fieldErrors.required', {}],
    [{ required: true, matDatepickerParse: { text: 'huomenna' } }, 'followUps.fieldErrors.date', {}],
  ])('%p → %s', (errors, key, params) => {
    expect(followUpFieldErrorMessage(errors)).toEqual({ key, params });
  });

  it('has no message for a valid control', () => {
    expect(followUpFieldErrorMessage(null)).toBeNull();
  });
});
