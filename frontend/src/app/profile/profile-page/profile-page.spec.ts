import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ME_URL, meFixture, settle } from '../../../testing/account-fixtures';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import { provideTranslocoTesting } from '../../../testing/transloco-testing';
import type { ApiTokenDto } from '../../core/api/generated/models/api-token-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { PROFILE_ROUTES } from '../profile.routes';

const TOKENS_URL = '/api/v1/auth/tokens';
const SECRET = 'crm_q8Lx2v0R5sT7uW9yZ1aB3cD5eF7gH9jK';

const TOKEN: ApiTokenDto = {
  id: '0c9b0a4e-3b8e-4d55-8a8e-2f1f0b5f9a11',
  name: 'Raportointi',
  prefix: 'crm_q8Lx2v',
  createdAt: '2026-11-22T08:15:00.000Z',
  expiresAt: '2027-02-20T08:15:00.000Z',
  lastUsedAt: null,
};

describe('ProfilePage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        provideNoMaterialAnimations(),
        provideRouter([{ path: 'profile', children: PROFILE_ROUTES }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AuthStore).load();
    http.expectOne(ME_URL).flush(meFixture({ displayName: 'Kaisa Koordinaattori', role: 'coordinator' }));
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/profile');
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  function type(container: Element, name: string, value: string): void {
    const input = container.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
    if (!input) {
      throw new Error(`no input ${name}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function tokensSection(): HTMLElement {
    const section = page.querySelector<HTMLElement>('crm-api-tokens');
    if (!section) {
      throw new Error('no tokens section');
    }
    return section;
  }

  function buttonNamed(container: Element, text: string): HTMLButtonElement {
    const button = Array.from(container.querySelectorAll<HTMLButtonElement>('button')).find(
      (candidate) => candidate.textContent?.trim() === text,
    );
    if (!button) {
      throw new Error(`no button ${text}`);
    }
    return button;
  }

  it('shows who the user is, with the role in the interface language', async () => {
    http.expectOne(TOKENS_URL).flush([]);
    await stable();

    expect(page.querySelectorAll('h1')).toHaveLength(1);
    const details = page.querySelector('dl')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(details).toContain('Kaisa Koordinaattori');
    expect(details).toContain('coordinator@demo.keino.test');
    expect(details).toContain('Koordinaattori');
  });

  it('creates a token and shows its secret once, with a warning, until dismissed', async () => {
    http.expectOne({ method: 'GET', url: TOKENS_URL }).flush([]);
    await stable();

    type(tokensSection(), 'name', 'Raportointi');
    buttonNamed(tokensSection(), 'Luo avain').click();
    await stable();

    const create = http.expectOne({ method: 'POST', url: TOKENS_URL });
    expect(create.request.body).toEqual({ name: 'Raportointi', expiresInDays: 90 });
    create.flush({ ...TOKEN, token: SECRET }, { status: 201, statusText: 'Created' });
    await settle();
    http.expectOne({ method: 'GET', url: TOKENS_URL }).flush([TOKEN]);
    await stable();

    const secret = tokensSection().querySelector<HTMLInputElement>('input.secret');
    expect(secret?.value).toBe(SECRET);
    expect(secret?.readOnly).toBe(true);
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(secret);
    expect(tokensSection().textContent).toContain('Sitä ei näytetä uudelleen.');
    expect(tokensSection().querySelector('table')?.textContent).toContain('Raportointi');
    expect(tokensSection().querySelector('table')?.textContent).not.toContain(SECRET);

    buttonNamed(tokensSection(), 'Valmis, piilota avain').click();
    await stable();

    expect(tokensSection().querySelector('input.secret')).toBeNull();
    const values = Array.from(page.querySelectorAll('input')).map((input) => input.value);
    expect(values).not.toContain(SECRET);
    expect(page.textContent).not.toContain(SECRET);
  });

  it('revokes a token after confirmation', async () => {
    http.expectOne(TOKENS_URL).flush([TOKEN]);
    await stable();

    const revoke = tokensSection().querySelector<HTMLButtonElement>(
      'button[aria-label="Poista käytöstä API-avain Raportointi"]',
    );
    revoke?.click();
    await stable();
    const dialog = TestBed.inject(DOCUMENT).querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('Poistetaanko API-avain käytöstä?');
    buttonNamed(dialog as Element, 'Poista käytöstä').click();
    await stable();

    http
      .expectOne({ method: 'DELETE', url: `${TOKENS_URL}/${TOKEN.id}` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await stable();

    expect(tokensSection().querySelector('table')).toBeNull();
    expect(tokensSection().textContent).toContain('API-avain ”Raportointi” on poistettu käytöstä.');
  });

  it('shows a wrong current password on its field', async () => {
    http.expectOne(TOKENS_URL).flush([]);
    await stable();
    const form = page.querySelector('crm-password-form');
    if (!form) {
      throw new Error('no password form');
    }

    type(form, 'currentPassword', 'not-my-password');
    type(form, 'newPassword', 'a-new-long-passphrase');
    type(form, 'confirmation', 'a-new-long-passphrase');
    buttonNamed(form, 'Vaihda salasana').click();
    await stable();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/password' });
    expect(request.request.body).toEqual({
      currentPassword: 'not-my-password',
      newPassword: 'a-new-long-passphrase',
    });
    request.flush(
      {
        code: 'VALIDATION_FAILED',
        status: 400,
        errors: [
          { field: 'currentPassword', code: 'incorrect', message: 'The current password is not correct' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();

    const field = form.querySelector('input[formcontrolname="currentPassword"]')?.closest('mat-form-field');
    expect(field?.querySelector('mat-error')?.textContent?.trim()).toBe('Nykyinen salasana on väärä.');
  });

  it('refuses a new password that does not match its confirmation', async () => {
    http.expectOne(TOKENS_URL).flush([]);
    await stable();
    const form = page.querySelector('crm-password-form');
    if (!form) {
      throw new Error('no password form');
    }

    type(form, 'currentPassword', 'my-old-password');
    type(form, 'newPassword', 'a-new-long-passphrase');
    type(form, 'confirmation', 'a-new-long-passphrasf');
    buttonNamed(form, 'Vaihda salasana').click();
    await stable();

    const field = form.querySelector('input[formcontrolname="confirmation"]')?.closest('mat-form-field');
    expect(field?.querySelector('mat-error')?.textContent?.trim()).toBe('Salasanat eivät täsmää.');
    // http.verify() fails if the form was sent.
  });
});
