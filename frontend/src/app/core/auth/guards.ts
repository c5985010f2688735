import { inject } from '@angular/core';
import { type CanActivateFn, Router, type UrlTree } from '@angular/router';
import { AuthStore } from './auth.store';
import { SIGN_IN_PATH, safeReturnUrl } from './return-url';
import type { Role } from './role';

export const FORBIDDEN_PATH = '/forbidden';

function signInPage(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl } });
}

/** Lets signed-in users through; sends everybody else to sign in and then back here. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const authStore = inject(AuthStore);
  const router = inject(Router);
  await authStore.load();
  return authStore.isSignedIn() ? true : signInPage(router, state.url);
};

/** Lets through users with one of the roles; others see the "no access" page, signed-out visitors sign in. */
export function roleGuard(...roles: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const authStore = inject(AuthStore);
    const router = inject(Router);
    await authStore.load();
    if (!authStore.isSignedIn()) {
      return signInPage(router, state.url);
    }
    return authStore.hasRole(...roles) ? true : router.parseUrl(FORBIDDEN_PATH);
  };
}

/** For the sign-in page: a user who is already signed in goes on to where they were heading. */
export const signedOutGuard: CanActivateFn = async (route) => {
  const authStore = inject(AuthStore);
  const router = inject(Router);
  await authStore.load();
  return authStore.isSignedIn() ? router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl'))) : true;
};

/** Where each role starts: its own dashboard, or the requests for unit contacts. */
export const HOME_PATHS: Readonly<Record<Role, string>> = {
  agent: '/workload',
  coordinator: '/balance',
  ministry: '/coverage',
  unit: '/requests',
};

/** The home page: sends each signed-in user to the start page of their role, others to sign in. */
export const homeRedirectGuard: CanActivateFn = async () => {
  const authStore = inject(AuthStore);
  const router = inject(Router);
  await authStore.load();
  const role = authStore.role();
  return role ? router.parseUrl(HOME_PATHS[role]) : signInPage(router, '/');
};
