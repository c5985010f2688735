import { DOCUMENT } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoTesting } from '../../../../testing/transloco-testing';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/language-service';
import { Shell } from './shell';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideTranslocoTesting()] });
    fixture = TestBed.createComponent(Shell);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  function focusableElements(): HTMLElement[] {
    return Array.from(
      element.querySelectorAll<HTMLElement>('a[href], button, [tabindex]:not([tabindex="-1"])'),
    );
  }

  it('offers a skip link to the main content as the first focusable element', () => {
    const [first] = focusableElements();
    const main = element.querySelector<HTMLElement>('main#main');

    expect(first.textContent?.trim()).toBe('Siirry sisältöön');
    expect(first.getAttribute('href')).toBe('#main');
    expect(main).not.toBeNull();

    first.click();

    expect(TestBed.inject(DOCUMENT).activeElement).toBe(main);
  });

  it('has banner, navigation, main and footer landmarks', () => {
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Päävalikko');
    expect(element.querySelectorAll('main')).toHaveLength(1);
    expect(element.querySelector('footer')).not.toBeNull();
  });

  it('links the regions map in the navigation', () => {
    const link = element.querySelector<HTMLAnchorElement>('nav a');

    expect(link?.textContent?.trim()).toBe('Maakunnat');
    expect(link?.getAttribute('href')).toBe('/regions');
  });

  it('shows the data attribution with links to the licence', () => {
    const footer = element.querySelector('footer');
    const text = footer?.textContent?.replace(/\s+/g, ' ') ?? '';
    const licenceLinks = Array.from(footer?.querySelectorAll('a') ?? []);

    expect(text).toContain('Karttatiedot: Maanmittauslaitos, CC BY 4.0;');
    expect(text).toContain('maakunta- ja kuntatiedot: Tilastokeskus, CC BY 4.0;');
    expect(text).toContain('Euroopan unionin julkaisutoimisto');
    expect(licenceLinks).toHaveLength(2);
    for (const link of licenceLinks) {
      expect(link.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
  });

  it('switches the whole frame to another language', async () => {
    const english = Array.from(
      element.querySelectorAll<HTMLButtonElement>('crm-language-switch button'),
    ).find((button) => button.textContent?.trim() === 'English');

    english?.click();
    await fixture.whenStable();

    const footerText = element.querySelector('footer')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(footerText).toContain('Map data: National Land Survey of Finland (Maanmittauslaitos), CC BY 4.0;');
    expect(element.querySelector('.skip-link')?.textContent?.trim()).toBe('Skip to content');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('opens and closes the navigation menu', async () => {
    const menuButton = element.querySelector<HTMLButtonElement>('button[aria-controls="crm-navigation"]');
    const navigation = element.querySelector('#crm-navigation');

    expect(menuButton?.getAttribute('aria-expanded')).toBe('false');
    expect(menuButton?.getAttribute('aria-label')).toBe('Valikko');

    menuButton?.click();
    await fixture.whenStable();
    expect(menuButton?.getAttribute('aria-expanded')).toBe('true');
    expect(navigation?.classList).toContain('is-open');

    navigation?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(menuButton?.getAttribute('aria-expanded')).toBe('false');
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(menuButton);
  });
});
