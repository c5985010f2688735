import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { fieldErrorMessage } from './field-error-message';

/** The translated message for a form control's errors; goes inside `<mat-error>`. */
@Component({
  selector: 'crm-field-error',
  template: `@if (message(); as message) {
    {{ message.key | transloco: message.params }}
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class FieldError {
  readonly errors = input<ValidationErrors | null | undefined>(null);

  protected readonly message = computed(() => fieldErrorMessage(this.errors()));
}
