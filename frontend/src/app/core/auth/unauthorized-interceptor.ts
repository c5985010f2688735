import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthStore } from './auth.store';
import { SIGN_IN_PATH } from './return-url';

const API_PREFIX = '/api/';

// These answer 401 as part of their normal work: wrong credentials, nobody signed in yet, already signed out.
function handlesUnauthorizedItself(request: HttpRequest<unknown>): boolean {
  const path = request.url.split('?')[0];
  return (
    path.endsWith('/auth/login') ||
    path.endsWith('/auth/logout') ||
    (path.endsWith('/auth/me') && request.method === 'GET')
  );
}

/**
 * A 401 from the API means the session has ended (expired, revoked, signed out elsewhere): forget
 * the user and go to the sign-in page, which brings the user back to the page they were on.
 */
export const unauthorizedInterceptor: HttpInterceptorFn = (request, next) => {
  const authStore = inject(AuthStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        request.url.startsWith(API_PREFIX) &&
        !handlesUnauthorizedItself(request)
      ) {
        authStore.clear();
        redirectToSignIn(router);
      }
      return throwError(() => error);
    }),
  );
};

function redirectToSignIn(router: Router): void {
  // During a navigation the page being opened is where the user wanted to go.
  const navigation = router.currentNavigation();
  const returnUrl = navigation
    ? router.serializeUrl(navigation.finalUrl ?? navigation.extractedUrl)
    : router.url;
  if (returnUrl === SIGN_IN_PATH || returnUrl.startsWith(`${SIGN_IN_PATH}?`)) {
    return;
  }
  void router.navigate([SIGN_IN_PATH], { queryParams: { returnUrl } });
}
