import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { followUpFieldErrorMessage } from './follow-up-field-error-message';

/** The translated message for a follow-up form control's errors; goes inside `<mat-error>`. */
@Component({
  selector: 'crm-follow-up-field-error',
  template: `@if (message(); as message) {
    {{ message.key | transloco: message.params }}
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class FollowUpFieldError {
  readonly errors = input<ValidationErrors | null | undefined>(null);

  protected readonly message = computed(() => followUpFieldErrorMessage(this.errors()));
}
