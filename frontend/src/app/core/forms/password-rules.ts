import type { DestroyRef } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, type ValidatorFn, Validators } from '@angular/forms';

// The server's password rule (docs/api-accounts.md): 12–200 characters.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const PASSWORD_VALIDATORS: readonly ValidatorFn[] = [
  Validators.required,
  Validators.minLength(PASSWORD_MIN_LENGTH),
  Validators.maxLength(PASSWORD_MAX_LENGTH),
];

/**
 * Makes `confirmation` require the same text as `password`, checked again whenever either changes.
 */
export function requireConfirmation(
  password: AbstractControl<string>,
  confirmation: AbstractControl<string>,
  destroyRef: DestroyRef,
): void {
  confirmation.addValidators([
    Validators.required,
    (control) => (control.value === password.value ? null : { passwordMismatch: true }),
  ]);
  password.valueChanges
    .pipe(takeUntilDestroyed(destroyRef))
    .subscribe(() => confirmation.updateValueAndValidity({ emitEvent: false }));
}
