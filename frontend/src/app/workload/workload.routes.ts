import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { WORKLOAD_SCOPE, workloadTranslationsResolver } from './workload-translations';

/**
 * The agent's workload, their home page; coordinators open any agent's (`?agentId=`). The route into the
 * feature lets only agents and coordinators in; the server refuses agents anybody's figures but their own.
 */
export const WORKLOAD_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(WORKLOAD_SCOPE)],
    resolve: { workloadTranslations: workloadTranslationsResolver },
    children: [
      {
        path: '',
        title: 'workload.page.title',
        loadComponent: () => import('./workload-page/workload-page').then((module) => module.WorkloadPage),
      },
    ],
  },
];
