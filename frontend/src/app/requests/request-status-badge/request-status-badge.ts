import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RequestStatus } from '../request-options';

/** A request's status as a labelled chip; the colour only repeats what the text says. */
@Component({
  selector: 'crm-request-status-badge',
  template: `<span class="status" [class]="'status--' + status()">{{
    'requests.status.' + status() | transloco
  }}</span>`,
  styles: `
    .status {
      display: inline-block;
      padding: 2px 8px;
      border: 1px solid transparent;
      border-radius: 8px;
      font: var(--mat-sys-label-medium);
    }
    // Text on background at 7:1 or more; closed and cancelled are told apart by the border.
    .status--new {
      background: #ece3fb;
      color: #44286f;
    }
    .status--assigned,
    .status--in_progress {
      background: #dde8fb;
      color: #0b3a7e;
    }
    .status--waiting_for_unit {
      background: #fff0c2;
      color: #513c00;
    }
    .status--resolved {
      background: #d7f0de;
      color: #0c4a1f;
    }
    .status--closed {
      background: #ebebeb;
      color: #363636;
    }
    .status--cancelled {
      background: transparent;
      border-color: #6b6b6b;
      color: #363636;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class RequestStatusBadge {
  readonly status = input.required<RequestStatus>();
}
