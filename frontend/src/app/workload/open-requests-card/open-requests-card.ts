import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FigureLink } from '../figure-link/figure-link';
import type { OpenRequestsView } from '../workload-view';

/** The agent's open support requests: how many, in which status and how old, each linking to the list. */
@Component({
  selector: 'crm-open-requests-card',
  templateUrl: './open-requests-card.html',
  styleUrl: '../workload-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FigureLink, TranslocoPipe],
})
export class OpenRequestsCard {
  readonly view = input.required<OpenRequestsView>();
}
