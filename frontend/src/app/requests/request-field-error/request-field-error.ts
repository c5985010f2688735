import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { requestFieldErrorMessage } from './request-field-error-message';

/** The translated message for a requests form control's errors; goes inside `<mat-error>`. */
@Component({
  selector: 'crm-request-field-error',
  template: `@if (message(); as message) {
    {{ message.key | transloco: message.params }}
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class RequestFieldError {
  readonly errors = input<ValidationErrors | null | undefined>(null);

  protected readonly message = computed(() => requestFieldErrorMessage(this.errors()));
}
