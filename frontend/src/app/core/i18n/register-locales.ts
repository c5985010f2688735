import { registerLocaleData } from '@angular/common';
import localeEn from '@angular/common/locales/en';
import localeFi from '@angular/common/locales/fi';
import localeSv from '@angular/common/locales/sv';

/** Number and date formats for the three interface languages (locale id = language code). */
export function registerLocales(): void {
  registerLocaleData(localeFi, 'fi');
  registerLocaleData(localeSv, 'sv');
  registerLocaleData(localeEn, 'en');
}
