import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CoverageView } from '../workload-view';

/**
 * This year's coverage of the agent's regions: active units reached (by anyone) out of all active units,
 * in total and per region, the counts linking to the units list. With one region the total is the
 * region's and is not repeated.
 */
@Component({
  selector: 'crm-coverage-card',
  templateUrl: './coverage-card.html',
  styleUrls: ['../workload-card.scss', './coverage-card.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
})
export class CoverageCard {
  readonly view = input.required<CoverageView>();

  protected readonly isTotalShown = computed(() => this.view().regions.length !== 1);
}
