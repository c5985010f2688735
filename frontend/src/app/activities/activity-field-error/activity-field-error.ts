import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { activityFieldErrorMessage } from './activity-field-error-message';

/** The translated message for an advice log form control's errors; goes inside `<mat-error>`. */
@Component({
  selector: 'crm-activity-field-error',
  template: `@if (message(); as message) {
    {{ message.key | transloco: message.params }}
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class ActivityFieldError {
  readonly errors = input<ValidationErrors | null | undefined>(null);

  protected readonly message = computed(() => activityFieldErrorMessage(this.errors()));
}
