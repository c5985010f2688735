import type { ValidationErrors } from '@angular/forms';
import { SERVER_ERROR_KEY } from '../../core/forms/server-errors';

export interface FollowUpFieldErrorMessage {
  /** Translation key under `followUps.fieldErrors`. */
  key: string;
  params: Record<string, unknown>;
}

// Client-side validators of the follow-up form (the datepicker's among them), in the order their
// messages win, and the message of each. A date that cannot be read leaves the field empty, and so
// required too: "enter it as dd.mm.yyyy" says more.
const CLIENT_ERRORS: readonly (readonly [string, string])[] = [
  ['matDatepickerParse', 'date'],
  ['required', 'required'],
  ['matDatepickerMin', 'past'],
  ['wholeNumber', 'months'],
  ['min', 'months'],
  ['max', 'months'],
];

// The server's rule codes (class-validator names and domain codes) and the message for each.
const SERVER_RULE_MESSAGES: Readonly<Record<string, string>> = {
  required: 'required',
  isNotEmpty: 'required',
  isDefined: 'required',
  minLength: 'required',
  maxLength: 'tooLong',
  past: 'past',
  matches: 'date',
  isISO8601: 'date',
  isInt: 'months',
  min: 'months',
  max: 'months',
  notAnAssignee: 'notAnAssignee',
  isUUID: 'notAnAssignee',
};

/** The message for a control's first error: client-side validators first, then the server's verdict. */
export function followUpFieldErrorMessage(
  errors: ValidationErrors | null | undefined,
): FollowUpFieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const client = CLIENT_ERRORS.find(([key]) => key in errors);
  if (client) {
    return { key: `followUps.fieldErrors.${client[1]}`, params: {} };
  }
  if ('maxlength' in errors) {
    const error: unknown = errors['maxlength'];
    const max =
      typeof error === 'object' && error !== null
        ? (error as Record<string, unknown>)['requiredLength']
        : undefined;
    return { key: 'followUps.fieldErrors.maxLength', params: { max } };
  }
  if (SERVER_ERROR_KEY in errors) {
    const rule = String(errors[SERVER_ERROR_KEY]);
    return { key: `followUps.fieldErrors.${SERVER_RULE_MESSAGES[rule] ?? 'invalid'}`, params: {} };
  }
  return { key: 'followUps.fieldErrors.invalid', params: {} };
}
