import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { publicRequestFieldErrorMessage } from './public-request-field-error-message';

/** The translated message for a public form control's errors; goes inside `<mat-error>`. */
@Component({
  selector: 'crm-public-request-field-error',
  template: `@if (message(); as message) {
    {{ message.key | transloco: message.params }}
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class PublicRequestFieldError {
  readonly errors = input<ValidationErrors | null | undefined>(null);

  protected readonly message = computed(() => publicRequestFieldErrorMessage(this.errors()));
}
