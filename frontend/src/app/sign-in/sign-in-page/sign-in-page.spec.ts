import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { meFixture, settle } from '../../../testing/account-fixtures';
import { provideTranslocoTesting } from '../../../testing/transloco-testing';
import { SIGN_IN_ROUTES } from '../sign-in.routes';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

const LOGIN_URL = '/api/v1/auth/login';

describe('SignInPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        provideRouter(
          [
            { path: 'sign-in', children: SIGN_IN_ROUTES },
            { path: 'admin/users', component: EmptyPage },
            { path: '', component: EmptyPage },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function open(url = '/sign-in'): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    return harness.routeNativeElement as HTMLElement;
  }

  function type(page: HTMLElement, name: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
    if (!input) {
      throw new Error(`no input ${name}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function submit(
    page: HTMLElement,
    email = 'aino.agentti@example.fi',
    password = 'a-password',
  ): Promise<void> {
    type(page, 'email', email);
    type(page, 'password', password);
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await harness.fixture.whenStable();
  }

  async function answer(body: unknown, status: number, headers: Record<string, string> = {}): Promise<void> {
    http.expectOne({ method: 'POST', url: LOGIN_URL }).flush(body, { status, statusText: 'Error', headers });
    await settle();
    await harness.fixture.whenStable();
  }

  function alertText(page: HTMLElement): string {
    return page.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
  }

  function fieldError(page: HTMLElement, name: string): string {
    const field = page.querySelector(`input[formcontrolname="${name}"]`)?.closest('mat-form-field');
    return field?.querySelector('mat-error')?.textContent?.trim() ?? '';
  }

  it('has one heading and labelled fields', async () => {
    const page = await open();

    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Kirjaudu sisään');
    const labels = Array.from(page.querySelectorAll('mat-label')).map((label) => label.textContent?.trim());
    expect(labels).toEqual(['Sähköposti', 'Salasana']);
  });

  it('links to the public request form for people without an account', async () => {
    const page = await open();

    const link = page.querySelector<HTMLAnchorElement>('a[href="/request"]');
    expect(link?.textContent?.trim()).toBe('Pyydä apua ilman käyttäjätunnusta');
  });

  it('shows the localized message for wrong credentials', async () => {
    const page = await open();
    await submit(page);

    await answer(
      {
        code: 'INVALID_CREDENTIALS',
        status: 401,
        title: 'Invalid credentials',
        detail: 'Wrong email or password.',
      },
      401,
    );

    expect(alertText(page)).toBe('Väärä sähköpostiosoite tai salasana.');
    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });

  it('tells how long to wait after too many attempts', async () => {
    const page = await open();
    await submit(page);

    await answer({ code: 'TOO_MANY_REQUESTS', status: 429 }, 429, { 'Retry-After': '540' });

    expect(alertText(page)).toBe('Liian monta kirjautumisyritystä. Yritä uudelleen 9 minuutin kuluttua.');
  });

  it('shows the server’s field errors on their fields', async () => {
    const page = await open();
    await submit(page, 'aino@localhost');

    await answer(
      {
        code: 'VALIDATION_FAILED',
        status: 400,
        errors: [{ field: 'email', code: 'isEmail', message: 'email must be an email' }],
      },
      400,
    );

    expect(fieldError(page, 'email')).toBe('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.');
    expect(fieldError(page, 'password')).toBe('');
  });

  it('asks for both fields before sending anything', async () => {
    const page = await open();

    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await harness.fixture.whenStable();

    expect(fieldError(page, 'email')).toBe('Pakollinen tieto.');
    expect(fieldError(page, 'password')).toBe('Pakollinen tieto.');
    // http.verify() fails if a request was sent.
  });

  it('signs in with the trimmed email and returns to the page the user came from', async () => {
    const page = await open('/sign-in?returnUrl=%2Fadmin%2Fusers');
    await submit(page, '  kaisa@example.fi ', 'correct-password');

    const request = http.expectOne(LOGIN_URL);
    expect(request.request.body).toEqual({ email: 'kaisa@example.fi', password: 'correct-password' });
    request.flush(meFixture());
    await settle();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/admin/users');
  });

  it('goes home instead of following a return address to another site', async () => {
    const page = await open('/sign-in?returnUrl=%2F%2Fevil.example');
    await submit(page);

    http.expectOne(LOGIN_URL).flush(meFixture());
    await settle();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/');
  });
});
