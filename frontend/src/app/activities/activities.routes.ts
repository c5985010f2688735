import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { LocalizedPaginatorIntl } from '../core/i18n/localized-paginator-intl';
import { ACTIVITIES_SCOPE, activitiesTranslationsResolver } from './activities-translations';

/**
 * The advice log. The route into the feature lets only agents and coordinators in (the API refuses
 * everybody else); the server scopes what each sees. Titles are translation keys.
 */
export const ACTIVITIES_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideTranslocoScope(ACTIVITIES_SCOPE),
      { provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl },
    ],
    resolve: { activitiesTranslations: activitiesTranslationsResolver },
    children: [
      {
        path: '',
        title: 'activities.log.pageTitle',
        loadComponent: () => import('./activity-log/activity-log').then((module) => module.ActivityLog),
      },
    ],
  },
];
