import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { BALANCE_SCOPE, balanceTranslationsResolver } from './balance-translations';

/**
 * The coordinators' workload balance: every change agent's load and the unassigned queue. The route into
 * the feature lets only coordinators in (the API refuses everybody else). Titles are translation keys.
 */
export const BALANCE_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(BALANCE_SCOPE)],
    resolve: { balanceTranslations: balanceTranslationsResolver },
    children: [
      {
        path: '',
        title: 'balance.page.pageTitle',
        loadComponent: () => import('./balance-page/balance-page').then((module) => module.BalancePage),
      },
    ],
  },
];
