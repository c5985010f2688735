import type { Routes } from '@angular/router';

// Route titles are translation keys (see LocalizedTitleStrategy).
export const appRoutes: Routes = [
  // The regions map is the home page until the dashboard exists.
  { path: '', pathMatch: 'full', redirectTo: 'regions' },
  {
    path: 'regions',
    loadChildren: () => import('./regions/regions.routes').then((module) => module.REGIONS_ROUTES),
  },
  {
    path: '**',
    title: 'notFound.pageTitle',
    loadComponent: () => import('./not-found/not-found').then((module) => module.NotFound),
  },
];
