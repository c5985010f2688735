import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { AuthStore } from './auth.store';

/** Asks the server who is signed in before the first page is shown. */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() =>
      // Whatever goes wrong, the application starts (signed out).
      inject(AuthStore)
        .load()
        .catch(() => undefined),
    ),
  ]);
}
