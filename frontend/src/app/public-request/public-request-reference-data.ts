import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom, forkJoin } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { cpvDivisionsList } from '../core/api/generated/fn/reference-data/cpv-divisions-list';
import { themesList } from '../core/api/generated/fn/reference-data/themes-list';
import type { CpvDivisionDto } from '../core/api/generated/models/cpv-division-dto';
import type { ThemeDto } from '../core/api/generated/models/theme-dto';
import { LanguageService } from '../core/i18n/language-service';

export interface LabelledOption {
  code: string;
  label: string;
}

// Both lists are short (about 10 themes and 45 CPV divisions); one page holds them.
const PAGE_SIZE = 100;

/** Themes and CPV divisions (public reference data) labelled in the interface language, loaded once. */
@Injectable()
export class PublicRequestReferenceData {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService).language;
  private readonly themes = signal<readonly ThemeDto[]>([]);
  private readonly cpvDivisions = signal<readonly CpvDivisionDto[]>([]);
  private readonly failed = signal(false);
  private loading: Promise<void> | null = null;

  /** Themes in the server's order (the taxonomy's own order). */
  readonly themeOptions = computed<readonly LabelledOption[]>(() => {
    const language = this.language();
    return this.themes().map((theme) => ({ code: theme.code, label: theme.labels[language] }));
  });
  /** CPV divisions by code ("03", "09", … "98"). */
  readonly cpvOptions = computed<readonly LabelledOption[]>(() => {
    const language = this.language();
    return this.cpvDivisions().map((division) => ({ code: division.code, label: division.labels[language] }));
  });
  /** `themeLabel()('circular_economy')` → "Circular economy"; the code until the themes are loaded. */
  readonly themeLabel = computed(() => {
    const labels = new Map(this.themeOptions().map((option) => [option.code, option.label]));
    return (code: string): string => labels.get(code) ?? code;
  });
  readonly hasFailed = this.failed.asReadonly();

  /** Loads both lists once; after a failure the next call tries again. */
  load(): Promise<void> {
    this.loading ??= firstValueFrom(
      forkJoin([
        this.api.invoke(themesList, { pageSize: PAGE_SIZE }),
        this.api.invoke(cpvDivisionsList, { pageSize: PAGE_SIZE }),
      ]),
    ).then(
      ([themes, divisions]) => {
        this.themes.set(themes.items);
        this.cpvDivisions.set(divisions.items);
        this.failed.set(false);
      },
      () => {
        this.failed.set(true);
        this.loading = null;
      },
    );
    return this.loading;
  }
}
