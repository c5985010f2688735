import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityDto } from '../../core/api/generated/models/activity-dto';
import type { ActivityRequestRefDto } from '../../core/api/generated/models/activity-request-ref-dto';
import { Icon } from '../../shared/ui/icon/icon';
import { QuickLog } from './quick-log';

/** "Log activity" on a page about a unit or a request: opens the quick log with them filled in. */
@Component({
  selector: 'crm-log-activity-button',
  template: `
    @if (isAvailable()) {
      @if (isPrimary()) {
        <button mat-flat-button type="button" (click)="open()">
          <crm-icon name="log" />
          {{ 'quickLog.button' | transloco }}
        </button>
      } @else {
        <button mat-stroked-button type="button" (click)="open()">
          <crm-icon name="log" />
          {{ 'quickLog.button' | transloco }}
        </button>
      }
    }
  `,
  styles: `
    button {
      gap: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon, MatButton, TranslocoPipe],
})
export class LogActivityButton {
  private readonly quickLog = inject(QuickLog);

  readonly unitIds = input<readonly string[]>([]);
  readonly request = input<ActivityRequestRefDto | null>(null);
  readonly isPrimary = input(false);
  /** The activity logged. */
  readonly logged = output<ActivityDto>();

  protected readonly isAvailable = this.quickLog.isAvailable;

  protected async open(): Promise<void> {
    const request = this.request();
    const activity = await this.quickLog.open({
      unitIds: this.unitIds(),
      ...(request ? { requestId: request.id, request } : {}),
    });
    if (activity) {
      this.logged.emit(activity);
    }
  }
}
