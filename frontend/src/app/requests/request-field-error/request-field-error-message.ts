import type { ValidationErrors } from '@angular/forms';
import { SERVER_ERROR_KEY } from '../../core/forms/server-errors';

export interface RequestFieldErrorMessage {
  /** Translation key under `requests.fieldErrors`. */
  key: string;
  params: Record<string, unknown>;
}

// Client-side validators of the requests forms, in the order their messages win.
// "Choose a theme" says more than "Required" of the themes (which also carry the required attribute).
const CLIENT_ERRORS: readonly string[] = [
  'themesRequired',
  'required',
  'tooManyThemes',
  'unitNotChosen',
  'email',
  'cpvCode',
];

// The server's rule codes (class-validator names and domain codes) and the message for each.
const SERVER_RULE_MESSAGES: Readonly<Record<string, string>> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  required: 'required',
  minLength: 'tooShort',
  maxLength: 'tooLong',
  isEmail: 'email',
  matches: 'cpvCode',
  arrayMinSize: 'themesRequired',
  arrayMaxSize: 'tooManyThemes',
  isIn: 'invalidChoice',
  unknownUnit: 'unknownUnit',
  unknownContact: 'unknownContact',
  unknownTheme: 'unknownTheme',
  unknownCpvDivision: 'unknownCpvDivision',
  notAnAgent: 'notAnAgent',
  alreadyAssigned: 'alreadyAssigned',
};

function param(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** The message for a control's first error: client-side validators first, then the server's verdict. */
export function requestFieldErrorMessage(
  errors: ValidationErrors | null | undefined,
): RequestFieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const client = CLIENT_ERRORS.find((key) => key in errors);
  if (client) {
    return { key: `requests.fieldErrors.${client}`, params: {} };
  }
  if ('minlength' in errors) {
    return {
      key: 'requests.fieldErrors.minLength',
      params: { min: param(errors['minlength'], 'requiredLength') },
    };
  }
  if ('maxlength' in errors) {
    return {
      key: 'requests.fieldErrors.maxLength',
      params: { max: param(errors['maxlength'], 'requiredLength') },
    };
  }
  if (SERVER_ERROR_KEY in errors) {
    const rule = String(errors[SERVER_ERROR_KEY]);
    return { key: `requests.fieldErrors.${SERVER_RULE_MESSAGES[rule] ?? 'invalid'}`, params: {} };
  }
  return { key: 'requests.fieldErrors.invalid', params: {} };
}
