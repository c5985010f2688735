import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { dashboardsNationalExport$CsvCharsetUtf8 } from '../../core/api/generated/fn/dashboards/dashboards-national-export-csv-charset-utf-8';
import type { Period } from '../coverage-period';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The download of the national table for the period; a plain link, the browser sends the session cookie. */
export function nationalExportUrl(format: ExportFormat, period: Period): string {
  const query = new URLSearchParams({ format, from: period.from, to: period.to });
  return `${dashboardsNationalExport$CsvCharsetUtf8.PATH}?${query.toString()}`;
}

/** Links that download the per-region table with the country's totals as CSV or Excel. */
@Component({
  selector: 'crm-export-links',
  template: `
    <div class="actions" role="group" [attr.aria-label]="'national.export.label' | transloco">
      @for (link of links(); track link.format) {
        <a mat-stroked-button [href]="link.url" download [attr.data-format]="link.format">
          {{ 'national.export.' + link.format | transloco }}
        </a>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAnchor, TranslocoPipe],
})
export class ExportLinks {
  readonly period = input.required<Period>();

  protected readonly links = computed(() =>
    EXPORT_FORMATS.map((format) => ({ format, url: nationalExportUrl(format, this.period()) })),
  );
}
