import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_VALIDATORS,
  requireConfirmation,
} from '../../core/forms/password-rules';
import { applyServerErrors } from '../../core/forms/server-errors';
import { FieldError } from '../../shared/ui/field-error/field-error';
import { PasswordSetupStore } from '../password-setup.store';

const TOKEN_INVALID = 'PASSWORD_SETUP_TOKEN_INVALID';

/** `/password-setup?token=…`: the page a one-time link opens, to choose a password. */
@Component({
  selector: 'crm-password-setup-page',
  templateUrl: './password-setup-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FieldError,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
})
export class PasswordSetupPage {
  private readonly store = inject(PasswordSetupStore);

  /** The `token` query parameter, bound by the router. */
  readonly token = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [...PASSWORD_VALIDATORS]],
    confirmation: [''],
  });
  protected readonly lengths = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  protected readonly isSubmitting = this.store.isSubmitting;
  protected readonly isDone = this.store.isDone;
  protected readonly hasToken = computed(() => Boolean(this.token()));
  protected readonly isTokenInvalid = computed(() => this.store.problem()?.code === TOKEN_INVALID);
  protected readonly otherErrorKey = computed(() => {
    const problem = this.store.problem();
    if (!problem || problem.code === TOKEN_INVALID) {
      return null;
    }
    if (problem.status === 400) {
      return 'errors.checkFields';
    }
    return problem.status === 0 ? 'errors.network' : 'errors.unexpected';
  });

  constructor() {
    requireConfirmation(this.form.controls.password, this.form.controls.confirmation, inject(DestroyRef));
  }

  protected async submit(): Promise<void> {
    const token = this.token();
    if (!token || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    await this.store.setPassword(token, this.form.controls.password.value);
    const problem = this.store.problem();
    if (problem?.status === 400 && problem.code !== TOKEN_INVALID) {
      applyServerErrors(this.form, problem.errors);
    }
  }
}
