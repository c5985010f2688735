import type { AbstractControl } from '@angular/forms';
import type { FieldErrorDto } from '../api/generated/models/field-error-dto';

/** The validation error key under which a server-side field error is kept on a control. */
export const SERVER_ERROR_KEY = 'server';

/**
 * Puts each of the server's field errors on the control named by its `field` (the request body
 * property) and returns the errors that matched no control, to be shown for the whole form.
 * The next edit of the control runs its validators again and so clears the server error.
 */
export function applyServerErrors(
  form: AbstractControl,
  errors: readonly FieldErrorDto[],
): readonly FieldErrorDto[] {
  const unmatched: FieldErrorDto[] = [];
  for (const error of errors) {
    const control = form.get(error.field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR_KEY]: error.code });
      control.markAsTouched();
    } else {
      unmatched.push(error);
    }
  }
  return unmatched;
}

/** Marks one control as refused by the server for a reason that has its own message (e.g. `emailTaken`). */
export function setControlError(control: AbstractControl, key: string): void {
  control.setErrors({ ...(control.errors ?? {}), [key]: true });
  control.markAsTouched();
}
