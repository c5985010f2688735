import type { ValidationErrors } from '@angular/forms';
import { SERVER_ERROR_KEY } from '../../../core/forms/server-errors';

export interface FieldErrorMessage {
  /** Translation key under `errors.field`. */
  key: string;
  params: Record<string, unknown>;
}

// Rule codes of the server's validation errors (class-validator names) and the message for each.
const SERVER_RULE_MESSAGES: Readonly<Record<string, string>> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  isEmail: 'email',
  minLength: 'tooShort',
  maxLength: 'tooLong',
  min: 'outOfRange',
  max: 'outOfRange',
  isInt: 'wholeNumber',
  isIn: 'invalidChoice',
  isEnum: 'invalidChoice',
  isDateString: 'date',
  isISO8601: 'date',
  // The server's verdicts that are not class-validator rules.
  incorrect: 'wrongPassword',
  taken: 'emailTaken',
  notBeforeValidFrom: 'dateOrder',
  unknownRegion: 'invalidChoice',
};

function numberParam(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** The message for a control's first error: client-side validators first, then the server's verdict. */
export function fieldErrorMessage(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const simple = [
    'required',
    'email',
    'passwordMismatch',
    'emailTaken',
    'unitNotChosen',
    'wholeNumber',
    'dateOrder',
  ].find((key) => key in errors);
  if (simple) {
    return { key: `errors.field.${simple}`, params: {} };
  }
  if ('minlength' in errors) {
    return {
      key: 'errors.field.minLength',
      params: { min: numberParam(errors['minlength'], 'requiredLength') },
    };
  }
  if ('maxlength' in errors) {
    return {
      key: 'errors.field.maxLength',
      params: { max: numberParam(errors['maxlength'], 'requiredLength') },
    };
  }
  if ('min' in errors) {
    return { key: 'errors.field.min', params: { min: numberParam(errors['min'], 'min') } };
  }
  if ('max' in errors) {
    return { key: 'errors.field.max', params: { max: numberParam(errors['max'], 'max') } };
  }
  if (SERVER_ERROR_KEY in errors) {
    const rule = String(errors[SERVER_ERROR_KEY]);
    return { key: `errors.field.${SERVER_RULE_MESSAGES[rule] ?? 'invalid'}`, params: {} };
  }
  return { key: 'errors.field.invalid', params: {} };
}
