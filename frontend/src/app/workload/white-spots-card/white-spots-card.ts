import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { WhiteSpotsView } from '../workload-view';

/**
 * White spots: active units of the agent's regions not reached in the last 12 months, the ten with the
 * largest estimated spend, and links to all of them per region in the units list.
 */
@Component({
  selector: 'crm-white-spots-card',
  templateUrl: './white-spots-card.html',
  styleUrls: ['../workload-card.scss', './white-spots-card.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
})
export class WhiteSpotsCard {
  readonly view = input.required<WhiteSpotsView>();
}
