import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, forkJoin, map, of } from 'rxjs';
import { LANGUAGES } from '../core/i18n/language';

/** The Transloco scope of this feature: `public/i18n/units/{fi,sv,en}.json`, keys `units.…`. */
export const UNITS_SCOPE = 'units';

/**
 * Loads the feature's translations in every language before its first page is shown. Page titles are
 * translated outside the feature's components (LocalizedTitleStrategy) and a language switch translates
 * them before any component could load the scope in the new language; with all three files loaded
 * (a few kilobytes) the titles are right from the start and after every switch.
 */
export const unitsTranslationsResolver: ResolveFn<boolean> = () => {
  const transloco = inject(TranslocoService);
  return forkJoin(LANGUAGES.map((language) => transloco.load(`${UNITS_SCOPE}/${language}`))).pipe(
    map(() => true),
    // Without them the pages still work and show the keys; the loader's failure is not the page's.
    catchError(() => of(false)),
  );
};
