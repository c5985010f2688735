import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { PublicRequestReferenceData } from './public-request-reference-data';
import { PUBLIC_REQUEST_SCOPE, publicRequestTranslationsResolver } from './public-request-translations';

/**
 * The public support-request pages: the form and the requester's private status page. No account is
 * needed, so they work signed out and signed in alike. Titles are translation keys.
 */
export const PUBLIC_REQUEST_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(PUBLIC_REQUEST_SCOPE), PublicRequestReferenceData],
    resolve: { publicRequestTranslations: publicRequestTranslationsResolver },
    children: [
      {
        path: '',
        title: 'publicRequest.form.pageTitle',
        loadComponent: () =>
          import('./public-request-form/public-request-form').then((module) => module.PublicRequestForm),
      },
      {
        path: 'status/:token',
        title: 'publicRequest.status.pageTitle',
        loadComponent: () =>
          import('./public-request-status/public-request-status').then(
            (module) => module.PublicRequestStatus,
          ),
      },
    ],
  },
];
