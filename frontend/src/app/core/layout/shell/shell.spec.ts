import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, DOCUMENT } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ME_URL, meFixture, settle } from '../../../../testing/account-fixtures';
import { provideTranslocoTesting } from '../../../../testing/transloco-testing';
import type { MeDto } from '../../api/generated/models/me-dto';
import { AuthStore } from '../../auth/auth.store';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/language-service';
import { Shell } from './shell';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let element: HTMLElement;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'sign-in', component: EmptyPage }]),
        provideTranslocoTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(me: MeDto | null): Promise<void> {
    const loading = TestBed.inject(AuthStore).load();
    if (me) {
      http.expectOne(ME_URL).flush(me);
    } else {
      http.expectOne(ME_URL).flush({ code: 'UNAUTHENTICATED' }, { status: 401, statusText: 'Unauthorized' });
    }
    await loading;
    fixture = TestBed.createComponent(Shell);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function focusableElements(): HTMLElement[] {
    return Array.from(
      element.querySelectorAll<HTMLElement>('a[href], button, [tabindex]:not([tabindex="-1"])'),
    );
  }

  function navigationLabels(): string[] {
    return Array.from(element.querySelectorAll('nav a')).map((link) => link.textContent?.trim() ?? '');
  }

  it('offers a skip link to the main content as the first focusable element', async () => {
    await render(null);
    const [first] = focusableElements();
    const main = element.querySelector<HTMLElement>('main#main');

    expect(first.textContent?.trim()).toBe('Siirry sisältöön');
    expect(first.getAttribute('href')).toBe('#main');
    expect(main).not.toBeNull();

    first.click();

    expect(TestBed.inject(DOCUMENT).activeElement).toBe(main);
  });

  it('has banner, navigation, main and footer landmarks', async () => {
    await render(meFixture({ role: 'agent' }));

    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Päävalikko');
    expect(element.querySelectorAll('main')).toHaveLength(1);
    expect(element.querySelector('footer')).not.toBeNull();
  });

  it('shows a signed-out visitor no navigation, only a sign-in link', async () => {
    await render(null);

    expect(element.querySelector('nav')).toBeNull();
    expect(element.querySelector('.menu-button')).toBeNull();
    const signIn = element.querySelector<HTMLAnchorElement>('header a[href="/sign-in"]');
    expect(signIn?.textContent?.trim()).toBe('Kirjaudu sisään');
  });

  it.each([
    [
      'agent',
      [
        'Oma työtilanne',
        'Maakunnat',
        'Hankintayksiköt',
        'Tukipyynnöt',
        'Neuvontaloki',
        'Seurannat',
        'Oma profiili',
      ],
    ],
    ['unit', ['Maakunnat', 'Hankintayksiköt', 'Tukipyynnöt', 'Oma profiili']],
    // Ministry users see no individual support request (SPEC §2).
    ['ministry', ['Valtakunnallinen kattavuus', 'Maakunnat', 'Hankintayksiköt', 'Oma profiili']],
    [
      'coordinator',
      [
        'Työn jakautuminen',
        'Valtakunnallinen kattavuus',
        'Maakunnat',
        'Hankintayksiköt',
        'Tukipyynnöt',
        'Neuvontaloki',
        'Seurannat',
        'Käyttäjät',
        'Muutosagentit',
        'Maakuntien kattavuus',
        'Muutosloki',
        'Lähtevä sähköposti',
        'Ajastetut työt',
        'Oma profiili',
      ],
    ],
  ] as const)('shows the %s role the navigation it may use', async (role, expected) => {
    await render(meFixture({ role }));

    expect(navigationLabels()).toEqual(expected);
  });

  it.each([
    ['agent', true],
    ['coordinator', true],
    ['unit', false],
    ['ministry', false],
  ] as const)('offers the %s the header’s "Log activity" button: %s', async (role, isOffered) => {
    await render(meFixture({ role }));

    const button = element.querySelector('header crm-quick-log-launcher button');
    expect(button !== null).toBe(isOffered);
    if (button) {
      expect(button.textContent?.trim()).toBe('Kirjaa toiminta');
      expect(button.getAttribute('aria-keyshortcuts')).toBe('Alt+L');
    }
  });

  it('links the administration pages for coordinators', async () => {
    await render(meFixture({ role: 'coordinator' }));

    expect(Array.from(element.querySelectorAll('nav a')).map((link) => link.getAttribute('href'))).toEqual([
      '/balance',
      '/coverage',
      '/regions',
      '/units',
      '/requests',
      '/activities',
      '/follow-ups',
      '/admin/users',
      '/admin/agents',
      '/admin/regions',
      '/admin/audit',
      '/admin/outbox',
      '/admin/jobs',
      '/profile',
    ]);
  });

  it('shows the signed-in user and signs them out', async () => {
    await render(meFixture({ displayName: 'Aino Agentti', role: 'agent' }));
    expect(element.querySelector('.user-name')?.textContent?.trim()).toBe('Aino Agentti');

    element.querySelector<HTMLButtonElement>('button.sign-out')?.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/sign-in');
    expect(element.querySelector('nav')).toBeNull();
    expect(element.querySelector('.user-name')).toBeNull();
  });

  it('shows the data attribution with links to the licence', async () => {
    await render(null);
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

  function clickLanguage(name: string): void {
    Array.from(element.querySelectorAll<HTMLButtonElement>('crm-language-switch button'))
      .find((button) => button.textContent?.trim() === name)
      ?.click();
  }

  it('switches the whole frame to another language', async () => {
    await render(null);

    clickLanguage('English');
    await settle();
    await fixture.whenStable();

    const footerText = element.querySelector('footer')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(footerText).toContain('Map data: National Land Survey of Finland (Maanmittauslaitos), CC BY 4.0;');
    expect(element.querySelector('.skip-link')?.textContent?.trim()).toBe('Skip to content');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('saves the language chosen in the header as the signed-in user’s preferred language', async () => {
    await render(meFixture({ preferredLanguage: 'fi' }));

    clickLanguage('Svenska');
    await settle();
    const request = http.expectOne({ method: 'PATCH', url: ME_URL });
    expect(request.request.body).toEqual({ preferredLanguage: 'sv' });
    request.flush(meFixture({ preferredLanguage: 'sv' }));
    await settle();
    await fixture.whenStable();

    expect(navigationLabels()[0]).toBe('Arbetsfördelning');
  });

  it('opens and closes the navigation menu', async () => {
    await render(meFixture());
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
