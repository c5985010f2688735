import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { unitFieldErrorMessage } from './unit-field-error-message';

/** The translated message for a units form control's errors; goes inside `<mat-error>`. */
@Component({
  selector: 'crm-unit-field-error',
  template: `@if (message(); as message) {
    {{ message.key | transloco: message.params }}
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class UnitFieldError {
  readonly errors = input<ValidationErrors | null | undefined>(null);

  protected readonly message = computed(() => unitFieldErrorMessage(this.errors()));
}
