import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { LocalizedPaginatorIntl } from '../core/i18n/localized-paginator-intl';
import { RequestReferenceData } from './request-reference-data';
import { REQUESTS_SCOPE, requestsTranslationsResolver } from './requests-translations';

/**
 * Support requests: list, new request and the request page. The route into the feature lets only agents,
 * coordinators and unit users in; the server scopes what each sees. Titles are translation keys.
 */
export const REQUESTS_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideTranslocoScope(REQUESTS_SCOPE),
      RequestReferenceData,
      { provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl },
    ],
    resolve: { requestsTranslations: requestsTranslationsResolver },
    children: [
      {
        path: '',
        title: 'requests.list.pageTitle',
        loadComponent: () => import('./request-list/request-list').then((module) => module.RequestList),
      },
      {
        path: 'new',
        title: 'requests.form.pageTitle',
        loadComponent: () => import('./request-form/request-form').then((module) => module.RequestForm),
      },
      {
        path: ':id',
        title: 'requests.page.pageTitle',
        loadComponent: () => import('./request-page/request-page').then((module) => module.RequestPage),
      },
    ],
  },
];
