import { type EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import fi from '../../public/i18n/fi.json';
import sv from '../../public/i18n/sv.json';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../app/core/i18n/language';

/** Transloco with the real translation files, preloaded, for unit tests. */
export function provideTranslocoTesting(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: { fi, sv, en },
      translocoConfig: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
      },
      preloadLangs: true,
    }),
  );
}
