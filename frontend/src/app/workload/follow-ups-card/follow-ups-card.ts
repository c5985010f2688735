import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FigureLink } from '../figure-link/figure-link';
import type { Figure } from '../workload-view';

/** The agent's open follow-ups due by Sunday: overdue, today and later this week, linking to the list. */
@Component({
  selector: 'crm-follow-ups-card',
  templateUrl: './follow-ups-card.html',
  styleUrl: '../workload-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FigureLink, TranslocoPipe],
})
export class FollowUpsCard {
  readonly figures = input.required<readonly Figure[]>();
}
