import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Icon } from '../../shared/ui/icon/icon';
import type { HoursView } from '../workload-view';

/** Hours logged this month against the agent's monthly capacity, linking to the month's advice log. */
@Component({
  selector: 'crm-hours-card',
  templateUrl: './hours-card.html',
  styleUrls: ['../workload-card.scss', './hours-card.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBar, RouterLink, TranslocoPipe, Icon],
})
export class HoursCard {
  readonly view = input.required<HoursView>();
}
