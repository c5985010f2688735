import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../core/auth/auth.store';
import { Icon } from '../../shared/ui/icon/icon';

/**
 * The header's "Log activity" button and its shortcut, Alt+L, on every page for agents and coordinators.
 * The shortcut does nothing while a dialog is open. Being on every page, it loads the quick log (dialogs,
 * snack bars, forms) only when first used.
 */
@Component({
  selector: 'crm-quick-log-launcher',
  template: `
    @if (isAvailable()) {
      <button
        mat-flat-button
        type="button"
        class="launcher"
        aria-keyshortcuts="Alt+L"
        [attr.title]="'quickLog.tooltip' | transloco"
        (click)="open()"
      >
        <crm-icon name="log" />
        <span class="label">{{ 'quickLog.button' | transloco }}</span>
      </button>
    }
  `,
  styles: `
    .launcher {
      gap: 4px;
    }
    // On a phone the icon alone, to keep the header short; the name stays for screen readers.
    @media (max-width: 599.98px) {
      .launcher {
        min-width: 48px;
        padding-inline: 12px;
      }
      .label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
  imports: [Icon, MatButton, TranslocoPipe],
})
export class QuickLogLauncher {
  private readonly authStore = inject(AuthStore);
  private readonly injector = inject(Injector);

  // The same roles as QuickLog.isAvailable, without loading it.
  protected readonly isAvailable = computed(() => this.authStore.hasRole('agent', 'coordinator'));

  protected async open(): Promise<void> {
    const { QuickLog } = await import('./quick-log');
    await this.injector.get(QuickLog).open();
  }

  protected onKeydown(event: KeyboardEvent): void {
    // By the key's place, not its character: Alt+L types "¬" on a Mac and other letters elsewhere.
    const isAltL =
      event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyL';
    if (isAltL && this.isAvailable()) {
      event.preventDefault();
      void this.open();
    }
  }
}
