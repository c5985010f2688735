import type { ValidationErrors } from '@angular/forms';
import { SERVER_ERROR_KEY } from '../../core/forms/server-errors';

export interface UnitFieldErrorMessage {
  /** Translation key under `units.fieldErrors`. */
  key: string;
  params: Record<string, unknown>;
}

/** The key of the error set on the business ID when the server answers BUSINESS_ID_TAKEN. */
export const BUSINESS_ID_TAKEN_ERROR = 'businessIdTaken';

// Client-side validators of the units forms, in the order their messages win.
const CLIENT_ERRORS: readonly string[] = [
  'required',
  BUSINESS_ID_TAKEN_ERROR,
  'businessIdFormat',
  'euroAmount',
  'website',
  'email',
  'phone',
  'municipalityNotChosen',
];

// The server's rule codes (class-validator names and domain codes) and the message for each.
const SERVER_RULE_MESSAGES: Readonly<Record<string, string>> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  required: 'required',
  minLength: 'required',
  maxLength: 'tooLong',
  isFinnishBusinessId: 'businessIdChecksum',
  taken: BUSINESS_ID_TAKEN_ERROR,
  outOfScope: 'outOfScope',
  unknownMunicipality: 'unknownMunicipality',
  isUrl: 'website',
  isEmail: 'email',
  isIn: 'invalidChoice',
};

function param(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** The message for a control's first error: client-side validators first, then the server's verdict. */
export function unitFieldErrorMessage(
  errors: ValidationErrors | null | undefined,
): UnitFieldErrorMessage | null {
  if (!errors) {
    return null;
  }
  const client = CLIENT_ERRORS.find((key) => key in errors);
  if (client) {
    return { key: `units.fieldErrors.${client}`, params: {} };
  }
  if ('maxlength' in errors) {
    return {
      key: 'units.fieldErrors.maxLength',
      params: { max: param(errors['maxlength'], 'requiredLength') },
    };
  }
  if (SERVER_ERROR_KEY in errors) {
    const rule = String(errors[SERVER_ERROR_KEY]);
    return { key: `units.fieldErrors.${SERVER_RULE_MESSAGES[rule] ?? 'invalid'}`, params: {} };
  }
  return { key: 'units.fieldErrors.invalid', params: {} };
}
