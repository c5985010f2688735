import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FigureLink } from '../figure-link/figure-link';
import type { ServiceLevelsView } from '../workload-view';

/**
 * The service levels of the agent's open requests: at risk and breached, each linking to the list, and the
 * same per clock. The list filters by the worse of a request's two clocks only, so the figures per clock
 * are not links.
 */
@Component({
  selector: 'crm-service-levels-card',
  templateUrl: './service-levels-card.html',
  styleUrl: '../workload-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FigureLink, TranslocoPipe],
})
export class ServiceLevelsCard {
  readonly view = input.required<ServiceLevelsView>();
}
