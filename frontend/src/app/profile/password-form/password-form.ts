import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import {
  type FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { generalProblemKey } from '../../core/api/api-problem';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_VALIDATORS,
  requireConfirmation,
} from '../../core/forms/password-rules';
import { applyServerErrors } from '../../core/forms/server-errors';
import { FieldError } from '../../shared/ui/field-error/field-error';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { ProfileStore } from '../profile.store';

/** Changing one's own password; the server signs out every other session of the user. */
@Component({
  selector: 'crm-password-form',
  templateUrl: './password-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FieldError,
    FormMessage,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class PasswordForm {
  private readonly store = inject(ProfileStore);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [...PASSWORD_VALIDATORS]],
    confirmation: [''],
  });
  protected readonly lengths = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  protected readonly isSaving = signal(false);
  protected readonly message = signal<FormOutcome | null>(null);

  constructor() {
    requireConfirmation(this.form.controls.newPassword, this.form.controls.confirmation, inject(DestroyRef));
  }

  protected async save(formDirective: FormGroupDirective): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.message.set(null);
    const { currentPassword, newPassword } = this.form.getRawValue();
    const problem = await this.store.changePassword(currentPassword, newPassword);
    this.isSaving.set(false);
    if (!problem) {
      // Resetting through the directive also clears "submitted", so no field shows an error.
      formDirective.resetForm();
      this.message.set({ key: 'profile.password.changed', isError: false });
      return;
    }
    // A wrong current password comes back as a field error on currentPassword.
    const unmatched = applyServerErrors(this.form, problem.errors);
    if (problem.errors.length === 0 || unmatched.length > 0) {
      this.message.set({ key: generalProblemKey(problem), isError: true });
    }
  }
}
