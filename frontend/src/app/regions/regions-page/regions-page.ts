import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES } from '../../core/i18n/language';
import { LanguageService } from '../../core/i18n/language-service';
import { RegionMap, type RegionMapItem } from '../region-map/region-map';
import { RegionTable, type RegionTableRow } from '../region-table/region-table';
import { RegionsStore } from '../regions.store';

/** The regions of Finland on a map and in a table; `?region=01` selects one. */
@Component({
  selector: 'crm-regions-page',
  templateUrl: './regions-page.html',
  styleUrl: './regions-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatProgressBar, RegionMap, RegionTable, TranslocoPipe],
})
export class RegionsPage {
  private readonly store = inject(RegionsStore);
  private readonly language = inject(LanguageService).language;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** The `region` query parameter, bound by the router. */
  readonly region = input<string | undefined>();

  protected readonly tableCaptionId = 'crm-regions-table-caption';
  protected readonly shapes = this.store.shapes;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;

  protected readonly rows = computed<readonly RegionTableRow[]>(() => {
    const language = this.language();
    return this.store.regions().map((region) => ({
      code: region.code,
      nuts3Code: region.nuts3Code,
      name: region.names[language],
      otherNames: LANGUAGES.filter((other) => other !== language).map((other) => ({
        language: other,
        name: region.names[other],
      })),
    }));
  });

  protected readonly mapItems = computed<readonly RegionMapItem[]>(() =>
    this.rows().map(({ code, name, nuts3Code }) => ({ code, name, nuts3Code })),
  );

  protected readonly selectedRow = computed(
    () => this.rows().find((row) => row.code === this.region()) ?? null,
  );
  protected readonly selectedCode = computed(() => this.selectedRow()?.code ?? null);

  constructor() {
    this.store.load();
  }

  protected select(code: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { region: code },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected retry(): void {
    this.store.load();
  }
}
