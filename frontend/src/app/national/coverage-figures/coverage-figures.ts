import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { HeadlineFigure } from './headline-figures';

/** The headline figures of a period, each with its change from the previous period in words and arrow. */
@Component({
  selector: 'crm-coverage-figures',
  templateUrl: './coverage-figures.html',
  styleUrl: './coverage-figures.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class CoverageFigures {
  readonly figures = input.required<readonly HeadlineFigure[]>();
}
