import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { FOLLOW_UPS_SCOPE, followUpsTranslationsResolver } from './follow-ups-translations';

/**
 * Follow-ups: the signed-in agent's or coordinator's own list, grouped by when they are due. The route into
 * the feature lets only agents and coordinators in; the server scopes what each sees. Titles are
 * translation keys.
 */
export const FOLLOW_UPS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope(FOLLOW_UPS_SCOPE)],
    resolve: { followUpsTranslations: followUpsTranslationsResolver },
    children: [
      {
        path: '',
        title: 'followUps.list.pageTitle',
        loadComponent: () => import('./follow-up-list/follow-up-list').then((module) => module.FollowUpList),
      },
    ],
  },
];
