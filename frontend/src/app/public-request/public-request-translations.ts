import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, forkJoin, map, of } from 'rxjs';
import { LANGUAGES } from '../core/i18n/language';

/**
 * The Transloco scope of this feature: `public/i18n/public-request/{fi,sv,en}.json`, keys
 * `publicRequest.…` (Transloco names a scope's keys in camelCase).
 */
export const PUBLIC_REQUEST_SCOPE = 'public-request';

/**
 * Loads the feature's translations in every language before its first page is shown, so that the
 * translated page titles are right from the start and after every language switch (as in units).
 */
export const publicRequestTranslationsResolver: ResolveFn<boolean> = () => {
  const transloco = inject(TranslocoService);
  return forkJoin(LANGUAGES.map((language) => transloco.load(`${PUBLIC_REQUEST_SCOPE}/${language}`))).pipe(
    map(() => true),
    // Without them the pages still work and show the keys; the loader's failure is not the page's.
    catchError(() => of(false)),
  );
};
