import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiProblem } from '../../core/api/api-problem';
import { safeReturnUrl } from '../../core/auth/return-url';
import { applyServerErrors } from '../../core/forms/server-errors';
import { FieldError } from '../../shared/ui/field-error/field-error';
import { SignInStore } from '../sign-in.store';

interface ProblemMessage {
  key: string;
  params: Record<string, unknown>;
}

function problemMessage(problem: ApiProblem): ProblemMessage {
  if (problem.status === 401) {
    return { key: 'signIn.errors.invalidCredentials', params: {} };
  }
  if (problem.status === 429) {
    if (problem.retryAfterSeconds === null) {
      return { key: 'signIn.errors.tooManyAttemptsLater', params: {} };
    }
    const minutes = Math.max(1, Math.ceil(problem.retryAfterSeconds / 60));
    return { key: `signIn.errors.tooManyAttempts.${minutes === 1 ? 'one' : 'other'}`, params: { minutes } };
  }
  if (problem.status === 400) {
    return { key: 'errors.checkFields', params: {} };
  }
  return { key: problem.status === 0 ? 'errors.network' : 'errors.unexpected', params: {} };
}

/** Email and password sign-in; afterwards the user continues to `returnUrl` (a path in this app). */
@Component({
  selector: 'crm-sign-in-page',
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FieldError,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
})
export class SignInPage {
  private readonly store = inject(SignInStore);
  private readonly router = inject(Router);

  /** The `returnUrl` query parameter, bound by the router. */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly isSubmitting = this.store.isSubmitting;
  protected readonly message = computed(() => {
    const problem = this.store.problem();
    return problem ? problemMessage(problem) : null;
  });
  /** Signed out because the session ended, rather than by choice. */
  protected readonly isReturning = computed(() => safeReturnUrl(this.returnUrl()) !== '/');

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    if (await this.store.signIn(email.trim(), password)) {
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      return;
    }
    const problem = this.store.problem();
    if (problem?.status === 400) {
      applyServerErrors(this.form, problem.errors);
    }
  }
}
