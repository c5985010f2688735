import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, forkJoin, map, of } from 'rxjs';
import { LANGUAGES } from '../core/i18n/language';

/** The Transloco scope of this feature: `public/i18n/national/{fi,sv,en}.json`, keys `national.…`. */
export const COVERAGE_SCOPE = 'national';

/**
 * Loads the feature's translations in every language before its first page is shown, so that the page
 * titles (translated outside the feature's components) are right from the start and after a language
 * switch; see units-translations.ts.
 */
export const coverageTranslationsResolver: ResolveFn<boolean> = () => {
  const transloco = inject(TranslocoService);
  return forkJoin(LANGUAGES.map((language) => transloco.load(`${COVERAGE_SCOPE}/${language}`))).pipe(
    map(() => true),
    // Without them the pages still work and show the keys; the loader's failure is not the page's.
    catchError(() => of(false)),
  );
};
