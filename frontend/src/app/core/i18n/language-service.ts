import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, type Language, isLanguage } from './language';

export const LANGUAGE_STORAGE_KEY = 'crm.language';

/**
 * The user's interface language: drives Transloco, `<html lang>` and the locale used to format
 * numbers and dates. The choice is remembered in localStorage.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.current.asReadonly();
  // Angular locale ids registered in provideI18n(); they are the language codes themselves.
  readonly locale = computed<string>(() => this.current());

  /** Applies the remembered language (Finnish when none); resolves when its translations are loaded. */
  restore(): Promise<void> {
    return this.apply(this.readStoredLanguage() ?? DEFAULT_LANGUAGE);
  }

  /** Switches the interface language and remembers the choice. */
  use(language: Language): Promise<void> {
    this.writeStoredLanguage(language);
    return this.apply(language);
  }

  private apply(language: Language): Promise<void> {
    this.current.set(language);
    this.document.documentElement.lang = language;
    this.transloco.setActiveLang(language);
    return firstValueFrom(this.transloco.load(language)).then(() => undefined);
  }

  private readStoredLanguage(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : null;
    } catch {
      // Storage can be disabled (privacy settings); the default language is used then.
      return null;
    }
  }

  private writeStoredLanguage(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Not remembering the choice is acceptable when storage is unavailable.
    }
  }
}
