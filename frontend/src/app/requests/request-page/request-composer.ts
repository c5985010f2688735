import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ApiProblem, generalProblemKey } from '../../core/api/api-problem';
import { applyServerErrors } from '../../core/forms/server-errors';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { RequestFieldError } from '../request-field-error/request-field-error';
import type { TimelineEntryKind } from '../request-options';
import { isConflictWithCurrentState } from '../request-problems';
import { RequestStore } from '../request.store';

// As the server accepts them (MESSAGE_MAX).
const BODY_MAX = 5000;

/**
 * Adds to a request's timeline: staff write a message to the requester (emailed) or an internal note;
 * unit users reply.
 */
@Component({
  selector: 'crm-request-composer',
  templateUrl: './request-composer.html',
  styles: `
    .kind-choice {
      display: grid;
      gap: 4px;
    }
    .kind-label {
      font: var(--mat-sys-label-large);
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
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
export class RequestComposer {
  private readonly store = inject(RequestStore);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  /** The kinds of entry the user may write now, the default first. */
  readonly kinds = input.required<readonly TimelineEntryKind[]>();
  /** A reply to a resolved request reopens it; the hint says so. */
  readonly isReopening = input(false);
  /** The request shown was out of date; the page reloads it. */
  readonly conflict = output<ApiProblem>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: new FormControl<TimelineEntryKind>('message', { nonNullable: true }),
    body: ['', [Validators.required, Validators.maxLength(BODY_MAX)]],
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly isReply = computed(() => this.kinds().includes('reply'));
  protected readonly hintKey = computed(() =>
    this.kind() === 'reply' && this.isReopening()
      ? 'requests.composer.hints.replyReopens'
      : `requests.composer.hints.${this.kind()}`,
  );
  protected readonly isSending = signal(false);
  protected readonly message = signal<FormOutcome | null>(null);

  constructor() {
    effect(() => {
      const kinds = this.kinds();
      untracked(() => {
        const first = kinds[0];
        if (first && !kinds.includes(this.form.controls.kind.value)) {
          this.form.controls.kind.setValue(first);
        }
      });
    });
  }

  protected async send(): Promise<void> {
    this.message.set(null);
    const { kind, body } = this.form.getRawValue();
    if (body.trim() === '') {
      this.form.controls.body.setErrors({ required: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSending.set(true);
    const result = await this.store.addEntry({ kind, body: body.trim() });
    this.isSending.set(false);
    if (result.request) {
      // Through the directive, so that the emptied field is not shown as an error of the sent form.
      this.formDirective().resetForm({ kind, body: '' });
      this.message.set({ key: `requests.composer.done.${kind}`, isError: false });
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
