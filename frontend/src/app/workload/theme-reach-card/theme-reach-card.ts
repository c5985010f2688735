import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ThemeReachView } from '../workload-view';

/**
 * Units of the agent's regions reached this year per theme, as a list of bars. The numbers are in the text;
 * the bars repeat them for the eye. The units list has no theme filter, so the figures link nowhere.
 */
@Component({
  selector: 'crm-theme-reach-card',
  templateUrl: './theme-reach-card.html',
  styleUrls: ['../workload-card.scss', './theme-reach-card.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class ThemeReachCard {
  readonly view = input.required<ThemeReachView>();
}
