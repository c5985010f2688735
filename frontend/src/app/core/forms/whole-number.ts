import type { AbstractControl, ValidationErrors } from '@angular/forms';

/** Accepts empty values and whole numbers (hours, days); the browser's number input allows decimals. */
export function wholeNumberValidator(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (value === null || value === '' || value === undefined) {
    return null;
  }
  return Number.isInteger(Number(value)) ? null : { wholeNumber: true };
}
