import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Language } from '../../core/i18n/language';

export interface RegionTableRow {
  code: string;
  nuts3Code: string;
  /** The name in the current language. */
  name: string;
  otherNames: readonly { language: Language; name: string }[];
}

/** The regions as a table: the accessible alternative to the map. */
@Component({
  selector: 'crm-region-table',
  templateUrl: './region-table.html',
  styleUrl: './region-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class RegionTable {
  readonly rows = input.required<readonly RegionTableRow[]>();
  readonly selectedCode = input<string | null>(null);
  readonly captionId = input.required<string>();

  readonly regionSelect = output<string>();
}
