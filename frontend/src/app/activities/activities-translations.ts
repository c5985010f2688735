import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { type Observable, catchError, forkJoin, map, of } from 'rxjs';
import { LANGUAGES } from '../core/i18n/language';

/** The Transloco scope of this feature: `public/i18n/activities/{fi,sv,en}.json`, keys `activities.…`. */
export const ACTIVITIES_SCOPE = 'activities';

/**
 * The feature's translations in every language (a few kilobytes): page titles are translated outside the
 * feature's components, and the quick-log dialog, which any page may open, should not show keys while its
 * texts load. Without them the pages still work and show the keys; the loader's failure is not theirs.
 */
export function loadActivitiesTranslations(transloco: TranslocoService): Observable<boolean> {
  return forkJoin(LANGUAGES.map((language) => transloco.load(`${ACTIVITIES_SCOPE}/${language}`))).pipe(
    map(() => true),
    catchError(() => of(false)),
  );
}

/** Loads the translations before the feature's first page is shown; see units-translations.ts. */
export const activitiesTranslationsResolver: ResolveFn<boolean> = () =>
  loadActivitiesTranslations(inject(TranslocoService));
