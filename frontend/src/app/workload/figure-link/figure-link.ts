import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Figure } from '../workload-view';
import { Icon } from '../../shared/ui/icon/icon';

/**
 * A figure and its name, linking to the list behind it. `context` (e.g. "open support requests") ends the
 * link's accessible name, which a list of links read out of context needs; the visible text starts it.
 * A figure that calls for action (`isAlert` and not zero) is marked with an icon and an outline as well as
 * colour, its name saying why.
 */
@Component({
  selector: 'crm-figure-link',
  templateUrl: './figure-link.html',
  styleUrl: './figure-link.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe, Icon],
})
export class FigureLink {
  readonly figure = input.required<Figure>();
  readonly context = input.required<string>();
  /** A tile: the number large above its name; a row: the name and the number on one line. */
  readonly variant = input<'tile' | 'row'>('tile');
  readonly isAlert = input(false);

  protected readonly isAlerting = computed(() => this.isAlert() && this.figure().count > 0);
}
