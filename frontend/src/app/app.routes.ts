import type { Routes } from '@angular/router';
import { homeRedirectGuard, roleGuard, signedInGuard, signedOutGuard } from './core/auth/guards';

// Route titles are translation keys (see LocalizedTitleStrategy).
export const appRoutes: Routes = [
  // Each role starts on its own page (HOME_PATHS).
  { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
  {
    // The agent's workload: their home page; coordinators open any agent's.
    path: 'workload',
    canActivate: [roleGuard('agent', 'coordinator')],
    loadChildren: () => import('./workload/workload.routes').then((module) => module.WORKLOAD_ROUTES),
  },
  {
    // National coverage and the region pages: aggregates only (SPEC §2).
    path: 'coverage',
    canActivate: [roleGuard('ministry', 'coordinator', 'agent')],
    loadChildren: () => import('./national/coverage.routes').then((module) => module.COVERAGE_ROUTES),
  },
  {
    // Workload balance and the unassigned queue.
    path: 'balance',
    canActivate: [roleGuard('coordinator')],
    loadChildren: () => import('./balance/balance.routes').then((module) => module.BALANCE_ROUTES),
  },
  {
    path: 'sign-in',
    canActivate: [signedOutGuard],
    loadChildren: () => import('./sign-in/sign-in.routes').then((module) => module.SIGN_IN_ROUTES),
  },
  {
    path: 'password-setup',
    loadChildren: () =>
      import('./password-setup/password-setup.routes').then((module) => module.PASSWORD_SETUP_ROUTES),
  },
  {
    path: 'regions',
    canActivate: [signedInGuard],
    loadChildren: () => import('./regions/regions.routes').then((module) => module.REGIONS_ROUTES),
  },
  {
    path: 'units',
    canActivate: [signedInGuard],
    loadChildren: () => import('./units/units.routes').then((module) => module.UNITS_ROUTES),
  },
  {
    // Ministry users see no individual request (SPEC §2).
    path: 'requests',
    canActivate: [roleGuard('agent', 'unit', 'coordinator')],
    loadChildren: () => import('./requests/requests.routes').then((module) => module.REQUESTS_ROUTES),
  },
  {
    // The advice log: agents and coordinators only (SPEC §2).
    path: 'activities',
    canActivate: [roleGuard('agent', 'coordinator')],
    loadChildren: () => import('./activities/activities.routes').then((module) => module.ACTIVITIES_ROUTES),
  },
  {
    path: 'follow-ups',
    canActivate: [roleGuard('agent', 'coordinator')],
    loadChildren: () => import('./follow-ups/follow-ups.routes').then((module) => module.FOLLOW_UPS_ROUTES),
  },
  {
    path: 'profile',
    canActivate: [signedInGuard],
    loadChildren: () => import('./profile/profile.routes').then((module) => module.PROFILE_ROUTES),
  },
  {
    path: 'admin',
    canActivate: [roleGuard('coordinator')],
    loadChildren: () => import('./admin/admin.routes').then((module) => module.ADMIN_ROUTES),
  },
  {
    path: 'forbidden',
    title: 'forbidden.pageTitle',
    loadComponent: () => import('./forbidden/forbidden').then((module) => module.Forbidden),
  },
  {
    // The public support-request form and status links: no account needed, signed in or not.
    path: 'request',
    loadChildren: () =>
      import('./public-request/public-request.routes').then((module) => module.PUBLIC_REQUEST_ROUTES),
  },
  {
    path: '**',
    title: 'notFound.pageTitle',
    loadComponent: () => import('./not-found/not-found').then((module) => module.NotFound),
  },
];
