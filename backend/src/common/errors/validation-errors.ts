import type { ValidationError } from 'class-validator';
import type { FieldError } from './domain-error';

/**
 * Flattens class-validator's nested errors into one entry per failed rule, keyed by the field's path. A
 * required field that is missing gets one `required` entry, not one per rule it would have had to pass.
 */
export function toFieldErrors(errors: readonly ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const constraints = Object.keys(error.constraints ?? {});
    if (
      (error.value === undefined || error.value === null) &&
      constraints.length > 0 &&
      !constraints.includes('whitelistValidation')
    ) {
      return [{ field, code: 'required', message: `${field} is required` }];
    }
    if (error.constraints?.isArray) {
      // Not a list at all: the rules about its elements and size say nothing useful.
      return [{ field, code: 'isArray', message: `${field} must be a list` }];
    }
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({
      field,
      code: code === 'whitelistValidation' ? 'unknownField' : code,
      message: code === 'whitelistValidation' ? `${field} is not an accepted field` : message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
