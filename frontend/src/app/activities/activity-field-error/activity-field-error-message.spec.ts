import { activityFieldErrorMessage } from './activity-field-error-message';

describe('activityFieldErrorMessage', () => {
  it.each([
    [{ required: true }, 'activities.fieldErrors.required', {}],
    [{ unitsRequired: true }, 'activities.fieldErrors.unitsRequired', {}],
    [{ future: true }, 'activities.fieldErrors.future', {}],
    [{ min: { min: 1, actual: 0 } }, 'activities.fieldErrors.min', { min: 1 }],
    [{ max: { max: 1440, actual: 2000 } }, 'activities.fieldErrors.max', { max: 1440 }],
    [
      { maxlength: { requiredLength: 1000, actualLength: 1001 } },
      'activities.fieldErrors.maxLength',
      { max: 1000 },
    ],
    [{ server: 'future' }, 'activities.fieldErrors.future', {}],
    [{ server: 'outsideRegions' }, 'activities.fieldErrors.outsideRegions', {}],
    [{ server: 'arrayMinSize' }, 'activities.fieldErrors.unitsRequired', {}],
    [{ server: 'somethingNew' }, 'activities.fieldErrors.invalid', {}],
    // The client's own verdict wins over the server's older one.
    [{ required: true, server: 'future' }, 'activities.fieldErrors.required', {}],
  ])('%p → %s', (errors, key, params) => {
    expect(activityFieldErrorMessage(errors)).toEqual({ key, params });
  });

  it('has no message for a valid control', () => {
    expect(activityFieldErrorMessage(null)).toBeNull();
  });
});
