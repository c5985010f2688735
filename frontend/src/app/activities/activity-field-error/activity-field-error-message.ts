import type { ValidationErrors } from '@angular/forms';
import { SERVER_ERROR_KEY } from '../../core/forms/server-errors';

export interface ActivityFieldErrorMessage {
  /** Translation key under `activities.fieldErrors`. */
  key: string;
  params: Record<string, unknown>;
}

// Client-side validators of the advice log's forms, in the order their messages win.
// "Choose a unit" says more than "Required" of the units (whose chip grid also carries the required attribute).
const CLIENT_ERRORS: readonly string[] = [
  'unitsRequired',
  'required',
  'tooManyUnits',
  'tooManyThemes',
  'wholeNumber',
  'future',
  'tooEarly',
  'date',
];

// The server's rule codes (class-validator names and domain codes) and the message for each.
const SERVER_RULE_MESSAGES: Readonly<Record<string, string>> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  required: 'required',
  arrayMinSize: 'unitsRequired',
  arrayMaxSize: 'tooMany',
  maxLength: 'tooLong',
  minLength: 'required',
  isInt: 'wholeNumber',
  min: 'outOfRange',
  max: 'outOfRange',
  isIn: 'invalidChoice',
  isCalendarDate: 'date',
  future: 'future',
  tooEarly: 'tooEarly',
  outsideRegions: 'outsideRegions',
  unknownUnit: 'unknownUnit',
  unknownTheme: 'unknownTheme',
  unknownRequest: 'unknownRequest',
  unknownAgent: 'unknownAgent',
};

function param(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** The message for a control's first error: client-side validators first, then the server's verdict. */
export function activityFieldErrorMessage(
  errors: ValidationErrors | null | undefined,
): ActivityFieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const client = CLIENT_ERRORS.find((key) => key in errors);
  if (client) {
    return { key: `activities.fieldErrors.${client}`, params: {} };
  }
  if ('min' in errors) {
    return { key: 'activities.fieldErrors.min', params: { min: param(errors['min'], 'min') } };
  }
  if ('max' in errors) {
    return { key: 'activities.fieldErrors.max', params: { max: param(errors['max'], 'max') } };
  }
  if ('maxlength' in errors) {
    return {
      key: 'activities.fieldErrors.maxLength',
      params: { max: param(errors['maxlength'], 'requiredLength') },
    };
  }
  if (SERVER_ERROR_KEY in errors) {
    const rule = String(errors[SERVER_ERROR_KEY]);
    return { key: `activities.fieldErrors.${SERVER_RULE_MESSAGES[rule] ?? 'invalid'}`, params: {} };
  }
  return { key: 'activities.fieldErrors.invalid', params: {} };
}

/** Every message key the function can give, for the translations spec. */
export const ACTIVITY_FIELD_ERROR_KEYS: readonly string[] = [
  ...CLIENT_ERRORS,
  ...Object.values(SERVER_RULE_MESSAGES),
  'min',
  'max',
  'maxLength',
  'invalid',
];
