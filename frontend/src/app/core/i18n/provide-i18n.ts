import {
  type EnvironmentProviders,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGES } from './language';
import { LanguageService } from './language-service';
import { LocalizedTitleStrategy } from './localized-title-strategy';
import { registerLocales } from './register-locales';
import { TranslocoHttpLoader } from './transloco-http-loader';

/** Transloco, locale data for fi/sv/en, the remembered language and translated page titles. */
export function provideI18n(): EnvironmentProviders {
  registerLocales();
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: TranslocoHttpLoader,
    }),
    provideAppInitializer(() =>
      // A failed load must not keep the whole application from starting.
      inject(LanguageService)
        .restore()
        .catch(() => undefined),
    ),
    { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
  ]);
}
