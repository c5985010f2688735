import type { ValidationErrors } from '@angular/forms';
import { SERVER_ERROR_KEY } from '../../core/forms/server-errors';

export interface PublicRequestFieldErrorMessage {
  /** Translation key under `publicRequest.fieldErrors`. */
  key: string;
  params: Record<string, unknown>;
}

// Client-side validators of the public forms, in the order their messages win.
const CLIENT_ERRORS: readonly string[] = ['required', 'unitNotChosen', 'themesRequired', 'email', 'cpvCode'];

// The server's rule codes (class-validator names and domain codes) and the message for each.
const SERVER_RULE_MESSAGES: Readonly<Record<string, string>> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  isString: 'required',
  isEmail: 'email',
  maxLength: 'invalid',
  minLength: 'invalid',
  isUuid: 'unitNotChosen',
  unknownUnit: 'unknownUnit',
  arrayMinSize: 'themesRequired',
  unknownTheme: 'unknownTheme',
  matches: 'cpvCode',
  unknownCpvDivision: 'unknownCpvDivision',
  isIn: 'invalidChoice',
};

function param(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** The message for a control's first error: client-side validators first, then the server's verdict. */
export function publicRequestFieldErrorMessage(
  errors: ValidationErrors | null | undefined,
): PublicRequestFieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const client = CLIENT_ERRORS.find((key) => key in errors);
  if (client) {
    return { key: `publicRequest.fieldErrors.${client}`, params: {} };
  }
  if ('minlength' in errors) {
    return {
      key: 'publicRequest.fieldErrors.minLength',
      params: { min: param(errors['minlength'], 'requiredLength') },
    };
  }
  if ('maxlength' in errors) {
    return {
      key: 'publicRequest.fieldErrors.maxLength',
      params: { max: param(errors['maxlength'], 'requiredLength') },
    };
  }
  if (SERVER_ERROR_KEY in errors) {
    const rule = String(errors[SERVER_ERROR_KEY]);
    return { key: `publicRequest.fieldErrors.${SERVER_RULE_MESSAGES[rule] ?? 'invalid'}`, params: {} };
  }
  return { key: 'publicRequest.fieldErrors.invalid', params: {} };
}
