import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, catchError, firstValueFrom, map, of } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { municipalitiesGet } from '../core/api/generated/fn/reference-data/municipalities-get';
import { municipalitiesList } from '../core/api/generated/fn/reference-data/municipalities-list';
import { regionsList } from '../core/api/generated/fn/reference-data/regions-list';
import type { MunicipalityDto } from '../core/api/generated/models/municipality-dto';
import type { RegionDto } from '../core/api/generated/models/region-dto';
import { LanguageService } from '../core/i18n/language-service';

export interface RegionOption {
  code: string;
  name: string;
}

const MUNICIPALITY_RESULTS = 20;

/** The municipality's name in the interface language (municipalities are named in Finnish and Swedish). */
export function municipalityName(municipality: MunicipalityDto, language: string): string {
  return language === 'sv' ? municipality.names.sv : municipality.names.fi;
}

/** Regions and municipalities (public reference data) for the units screens, loaded once per visit. */
@Injectable()
export class UnitReferenceData {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService).language;
  private readonly loadedRegions = signal<readonly RegionDto[]>([]);
  private readonly municipalities = new Map<string, Promise<MunicipalityDto | null>>();
  private loadingRegions: Promise<void> | null = null;

  /** Regions named in the interface language, in alphabetical order. */
  readonly regionOptions = computed<readonly RegionOption[]>(() => {
    const language = this.language();
    return this.loadedRegions()
      .map((region) => ({ code: region.code, name: region.names[language] }))
      .sort((first, second) => first.name.localeCompare(second.name, language));
  });

  /** `regionName()('01')` → "Uusimaa"; the code itself until the names are loaded. */
  readonly regionName = computed(() => {
    const names = new Map(this.regionOptions().map((option) => [option.code, option.name]));
    return (code: string): string => names.get(code) ?? code;
  });

  /** Loads the 19 regions once; after a failure the next call tries again. */
  loadRegions(): Promise<void> {
    this.loadingRegions ??= firstValueFrom(this.api.invoke(regionsList, { pageSize: 100 })).then(
      (page) => this.loadedRegions.set(page.items),
      () => {
        this.loadingRegions = null;
      },
    );
    return this.loadingRegions;
  }

  /** Municipalities whose Finnish or Swedish name starts with the text. */
  searchMunicipalities(text: string): Observable<readonly MunicipalityDto[]> {
    const q = text.trim();
    if (q === '') {
      return of([]);
    }
    return this.api.invoke(municipalitiesList, { q, pageSize: MUNICIPALITY_RESULTS, sort: 'name' }).pipe(
      map((page) => page.items),
      catchError(() => of([])),
    );
  }

  /** One municipality by its code; null when it cannot be loaded. Asked once per code. */
  municipality(code: string): Promise<MunicipalityDto | null> {
    let found = this.municipalities.get(code);
    if (!found) {
      found = firstValueFrom(this.api.invoke(municipalitiesGet, { code })).catch(() => {
        this.municipalities.delete(code);
        return null;
      });
      this.municipalities.set(code, found);
    }
    return found;
  }
}
