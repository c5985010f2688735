import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatFooterCell,
  MatFooterCellDef,
  MatFooterRow,
  MatFooterRowDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import type { Params } from '@angular/router';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { NationalTotalsDto } from '../../core/api/generated/models/national-totals-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { coverageColour } from '../coverage-classes';
import { formatNumber, formatShare } from '../coverage-format';
import {
  type CoverageTableRow,
  NUMERIC_COLUMNS,
  type RegionSort,
  type RegionSortColumn,
  sortRegionRows,
} from './region-sort';

/** The figures of a row as shown. */
interface FigureTexts {
  coverage: string;
  reachedUnits: string;
  activeUnits: string;
  requestsReceived: string;
  requestsResolved: string;
  hours: string;
  medianFirstResponseBusinessDays: string;
  slaCompliance: string;
  slaMet: string;
}

interface RowView {
  row: CoverageTableRow;
  colour: string;
  texts: FigureTexts;
}

function figureTexts(
  figures: Omit<CoverageTableRow, 'code' | 'name' | 'hasAgent' | 'agentName'>,
  locale: string,
): FigureTexts {
  return {
    coverage: formatShare(figures.coverage, locale),
    reachedUnits: formatNumber(figures.reachedUnits, locale),
    activeUnits: formatNumber(figures.activeUnits, locale),
    requestsReceived: formatNumber(figures.requestsReceived, locale),
    requestsResolved: formatNumber(figures.requestsResolved, locale),
    hours: formatNumber(figures.hours, locale, 1),
    medianFirstResponseBusinessDays: formatNumber(figures.medianFirstResponseBusinessDays, locale, 1),
    slaCompliance: formatShare(figures.slaCompliance, locale),
    slaMet: formatNumber(figures.slaMet, locale),
  };
}

/**
 * The regions' figures for the period, sortable by every column, with the country's totals at the foot;
 * the accessible alternative to the coverage map. Agents' names only when given (coordinators).
 */
@Component({
  selector: 'crm-coverage-table',
  templateUrl: './coverage-table.html',
  styleUrl: './coverage-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatCell,
    MatCellDef,
    MatColumnDef,
    MatFooterCell,
    MatFooterCellDef,
    MatFooterRow,
    MatFooterRowDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatSort,
    MatSortHeader,
    MatTable,
    RouterLink,
    TranslocoPipe,
  ],
})
export class CoverageTable {
  private readonly locale = inject(LanguageService).locale;

  readonly rows = input.required<readonly CoverageTableRow[]>();
  readonly totals = input<NationalTotalsDto | null>(null);
  /** Coordinators see who each region's agent is; ministry users only whether there is one. */
  readonly showAgentNames = input(false);
  readonly captionId = input.required<string>();
  /** The period, kept on the links to the region pages. */
  readonly linkQueryParams = input<Params>({});

  protected readonly sort = signal<RegionSort>({ active: '', direction: '' });
  protected readonly figureColumns = NUMERIC_COLUMNS;
  protected readonly columns: readonly string[] = ['name', 'agent', ...NUMERIC_COLUMNS];

  protected readonly rowViews = computed<readonly RowView[]>(() => {
    const locale = this.locale();
    return sortRegionRows(this.rows(), this.sort(), locale).map((row) => ({
      row,
      colour: coverageColour(row.coverage),
      texts: figureTexts(row, locale),
    }));
  });

  protected readonly totalTexts = computed(() => {
    const totals = this.totals();
    if (!totals) {
      return null;
    }
    const locale = this.locale();
    return {
      ...figureTexts(totals, locale),
      regionsWithAgent: formatNumber(totals.regionsWithAgent, locale),
      regionCount: formatNumber(totals.regionCount, locale),
    };
  });

  protected changeSort(sort: Sort): void {
    this.sort.set({ active: sort.active as RegionSortColumn, direction: sort.direction });
  }
}
