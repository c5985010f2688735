import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { roleGuard } from '../core/auth/guards';
import { COVERAGE_SCOPE, coverageTranslationsResolver } from './coverage-translations';

/**
 * National coverage (ministry and coordinators) and a region's page (also agents). The period is in the
 * address (`?from=2026-04-01&to=2026-06-30`), so that a view can be shared. Titles are translation keys.
 */
export const COVERAGE_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(COVERAGE_SCOPE)],
    resolve: { coverageTranslations: coverageTranslationsResolver },
    children: [
      {
        path: '',
        title: 'national.national.pageTitle',
        // The national figures are not for agents (SPEC §2); the API says the same.
        canActivate: [roleGuard('ministry', 'coordinator')],
        loadComponent: () =>
          import('./national-coverage/national-coverage').then((module) => module.NationalCoverage),
      },
      {
        path: 'regions/:code',
        title: 'national.region.pageTitle',
        loadComponent: () =>
          import('./region-coverage/region-coverage').then((module) => module.RegionCoverage),
      },
    ],
  },
];
