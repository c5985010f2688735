import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QueueItemDto } from '../../core/api/generated/models/queue-item-dto';
import { Icon, type IconName } from '../../shared/ui/icon/icon';

export type QueueSlaState = QueueItemDto['slaState'];

export const QUEUE_SLA_STATES: readonly QueueSlaState[] = ['onTrack', 'atRisk', 'breached'];

const ICONS: Readonly<Record<QueueSlaState, IconName>> = {
  onTrack: 'schedule',
  atRisk: 'warning',
  breached: 'error',
};

/** A queued request's service level (the worse of its clocks) as text, an icon and a colour. */
@Component({
  selector: 'crm-queue-sla-badge',
  template: `<span class="sla" [class]="'sla--' + state()" [attr.data-sla]="state()">
    <crm-icon [name]="icon()" />{{ 'balance.queue.sla.' + state() | transloco }}
  </span>`,
  styles: `
    .sla {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 8px;
      border: 1px solid transparent;
      border-radius: 8px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    // The same colour-blind safe pairs as the requests' badges (7:1 or more); each state has its own icon
    // and text, and "breached" is the only dark fill.
    .sla--onTrack {
      background: #e3ecf9;
      color: #123a6b;
    }
    .sla--atRisk {
      background: #ffe9b3;
      color: #4d3300;
      border-color: #8a5c00;
    }
    .sla--breached {
      background: #8c1d18;
      color: #ffffff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon, TranslocoPipe],
})
export class QueueSlaBadge {
  readonly state = input.required<QueueSlaState>();

  protected readonly icon = computed(() => ICONS[this.state()]);
}
