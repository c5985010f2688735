import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { appRoutes } from './app.routes';
import { provideAuth } from './core/auth/provide-auth';
import { unauthorizedInterceptor } from './core/auth/unauthorized-interceptor';
import { provideI18n } from './core/i18n/provide-i18n';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    // Cookie sessions: HttpClient copies the XSRF-TOKEN cookie into the X-XSRF-TOKEN header of every
    // state-changing request to a relative URL (docs/api-accounts.md, "Sessions, CSRF and API tokens").
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([unauthorizedInterceptor]),
    ),
    provideI18n(),
    provideAuth(),
  ],
};
