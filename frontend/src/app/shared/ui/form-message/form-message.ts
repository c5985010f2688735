import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

export interface FormOutcome {
  /** Translation key; `params` fill its placeholders. */
  key: string;
  params?: Record<string, unknown>;
  isError: boolean;
}

/**
 * The outcome of a form's action, announced to screen readers: errors assertively (alert),
 * confirmations politely (status). Both live regions always exist so that changes are announced.
 */
@Component({
  selector: 'crm-form-message',
  template: `
    <div role="alert">
      @if (message(); as message) {
        @if (message.isError) {
          <p class="alert">{{ message.key | transloco: message.params }}</p>
        }
      }
    </div>
    <div role="status">
      @if (message(); as message) {
        @if (!message.isError) {
          <p class="alert alert--success">{{ message.key | transloco: message.params }}</p>
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    // Empty, the live regions stay in the accessibility tree but take no room in the layout.
    :host(.is-empty) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  `,
  host: { '[class.is-empty]': '!message()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class FormMessage {
  readonly message = input<FormOutcome | null>(null);
}
