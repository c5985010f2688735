import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ApiProblem, generalProblemKey } from '../../core/api/api-problem';
import { applyServerErrors } from '../../core/forms/server-errors';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { RequestFieldError } from '../request-field-error/request-field-error';
import { isConflictWithCurrentState } from '../request-problems';
import { RequestStore } from '../request.store';

export const RATING_VALUES: readonly number[] = [1, 2, 3, 4, 5];
const COMMENT_MAX = 2000;

/** The requester's side rates the help after resolution (1–5 and a comment); a new rating replaces the old. */
@Component({
  selector: 'crm-request-rating',
  templateUrl: './request-rating.html',
  styles: `
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      margin-bottom: 4px;
      padding: 0;
      font: var(--mat-sys-label-large);
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormMessage,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    ReactiveFormsModule,
    RequestFieldError,
    TranslocoPipe,
  ],
})
export class RequestRating {
  private readonly store = inject(RequestStore);

  readonly rating = input<number | null>(null);
  readonly comment = input<string | null>(null);
  /** The request shown was out of date; the page reloads it. */
  readonly conflict = output<ApiProblem>();

  protected readonly values = RATING_VALUES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    rating: new FormControl<number | null>(null, Validators.required),
    comment: ['', Validators.maxLength(COMMENT_MAX)],
  });
  protected readonly isSending = signal(false);
  protected readonly message = signal<FormOutcome | null>(null);

  constructor() {
    effect(() => {
      const rating = this.rating();
      const comment = this.comment();
      untracked(() => this.form.reset({ rating, comment: comment ?? '' }));
    });
  }

  protected async send(): Promise<void> {
    this.message.set(null);
    const { rating, comment } = this.form.getRawValue();
    if (this.form.invalid || rating === null) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSending.set(true);
    const result = await this.store.rate({ rating, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    this.isSending.set(false);
    if (result.request) {
      this.message.set({ key: 'requests.rating.thanks', isError: false });
      return;
    }
    const problem = result.problem;
    if (isConflictWithCurrentState(problem)) {
      this.conflict.emit(problem);
      return;
    }
    const unmatched = applyServerErrors(this.form, problem.errors);
    this.message.set({
      key:
        problem.errors.length > 0 && unmatched.length === 0
          ? 'errors.checkFields'
          : generalProblemKey(problem),
      isError: true,
    });
  }
}
