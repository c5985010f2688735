import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { regionsList } from '../core/api/generated/fn/reference-data/regions-list';
import type { RegionDto } from '../core/api/generated/models/region-dto';
import { LanguageService } from '../core/i18n/language-service';

/** The 19 regions with their names in the interface language, for the administration pages. */
@Injectable()
export class RegionDirectory {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService).language;
  private readonly loaded = signal<readonly RegionDto[]>([]);
  private loading: Promise<void> | null = null;

  readonly regions = this.loaded.asReadonly();
  /** Region options sorted by code, named in the current language. */
  readonly options = computed(() => {
    const language = this.language();
    return this.loaded().map((region) => ({ code: region.code, name: region.names[language] }));
  });
  /** `nameOf()('01')` → "Uusimaa"; the code itself while the names are loading. */
  readonly nameOf = computed(() => {
    const names = new Map(this.options().map((option) => [option.code, option.name]));
    return (code: string): string => names.get(code) ?? code;
  });

  /** Loads the regions once; a failure is tried again on the next call. */
  load(): Promise<void> {
    this.loading ??= firstValueFrom(this.api.invoke(regionsList, { pageSize: 100, sort: 'code' })).then(
      (page) => this.loaded.set(page.items),
      () => {
        this.loading = null;
      },
    );
    return this.loading;
  }
}
