import { formatNumber } from '@angular/common';
import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideTranslocoTesting } from '../../../testing/transloco-testing';
import { LANGUAGE_STORAGE_KEY, LanguageService } from './language-service';
import { registerLocales } from './register-locales';

describe('LanguageService', () => {
  beforeAll(() => registerLocales());

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] });
  });

  function setUp(): { service: LanguageService; transloco: TranslocoService; document: Document } {
    return {
      service: TestBed.inject(LanguageService),
      transloco: TestBed.inject(TranslocoService),
      document: TestBed.inject(DOCUMENT),
    };
  }

  it('starts in Finnish when no language is remembered', async () => {
    const { service, transloco, document } = setUp();

    await service.restore();

    expect(service.language()).toBe('fi');
    expect(transloco.getActiveLang()).toBe('fi');
    expect(document.documentElement.lang).toBe('fi');
  });

  it('switches the language, translates in it and remembers it', async () => {
    const { service, transloco, document } = setUp();
    await service.restore();

    await service.use('sv');

    expect(service.language()).toBe('sv');
    expect(transloco.getActiveLang()).toBe('sv');
    expect(transloco.translate('nav.regions')).toBe('Landskap');
    expect(document.documentElement.lang).toBe('sv');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('sv');
  });

  it('restores the remembered language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { service, transloco, document } = setUp();

    await service.restore();

    expect(service.language()).toBe('en');
    expect(transloco.translate('nav.regions')).toBe('Regions');
    expect(document.documentElement.lang).toBe('en');
  });

  it.each(['de', '', 'FI'])('ignores an unsupported remembered value %p and uses Finnish', async (stored) => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, stored);
    const { service } = setUp();

    await service.restore();

    expect(service.language()).toBe('fi');
  });

  it.each([
    ['fi', '1\u00a0234,5'],
    ['sv', '1\u00a0234,5'],
    ['en', '1,234.5'],
  ] as const)('formats numbers for %s', async (language, expected) => {
    const { service } = setUp();

    await service.use(language);

    expect(formatNumber(1234.5, service.locale(), '1.1-1')).toBe(expected);
  });
});
