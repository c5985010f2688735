import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language-service';
import { COVERAGE_CLASSES, type CoverageClass, NO_DATA_COLOUR } from '../coverage-classes';

/** The range of a class as shown: "0–19,9 %", …, "80–100 %" (the page shows coverage with one decimal). */
export function coverageClassRange(coverageClass: CoverageClass, locale: string): string {
  const isLast = coverageClass.index === COVERAGE_CLASSES.length - 1;
  const format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return format.formatRange(
    coverageClass.min / 100,
    (isLast ? coverageClass.max : coverageClass.max - 0.1) / 100,
  );
}

let nextId = 0;

/** The key to the coverage map: the classes with their ranges, no figure, and the hatching of no agent. */
@Component({
  selector: 'crm-coverage-legend',
  templateUrl: './coverage-legend.html',
  styleUrl: './coverage-legend.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class CoverageLegend {
  private readonly locale = inject(LanguageService).locale;

  /** Whether some region has no active units, and so no coverage. */
  readonly hasNoData = input(false);

  private readonly id = nextId++;
  protected readonly titleId = `crm-coverage-legend-title-${this.id}`;
  protected readonly hatchId = `crm-coverage-legend-hatch-${this.id}`;
  protected readonly noDataColour = NO_DATA_COLOUR;
  protected readonly classes = computed(() => {
    const locale = this.locale();
    return COVERAGE_CLASSES.map((coverageClass) => ({
      index: coverageClass.index,
      colour: coverageClass.colour,
      range: coverageClassRange(coverageClass, locale),
    }));
  });
}
