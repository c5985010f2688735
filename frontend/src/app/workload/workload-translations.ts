import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, forkJoin, map, of } from 'rxjs';
import { LANGUAGES } from '../core/i18n/language';

/** The Transloco scope of this feature: `public/i18n/workload/{fi,sv,en}.json`, keys `workload.…`. */
export const WORKLOAD_SCOPE = 'workload';

/**
 * Loads the feature's translations in every language before its page is shown, so that the page title
 * (translated outside the feature's components) is right from the start and after a language switch;
 * see units-translations.ts.
 */
export const workloadTranslationsResolver: ResolveFn<boolean> = () => {
  const transloco = inject(TranslocoService);
  return forkJoin(LANGUAGES.map((language) => transloco.load(`${WORKLOAD_SCOPE}/${language}`))).pipe(
    map(() => true),
    // Without them the page still works and shows the keys; the loader's failure is not the page's.
    catchError(() => of(false)),
  );
};
