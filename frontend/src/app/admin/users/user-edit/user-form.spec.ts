import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle } from '../../../../testing/account-fixtures';
import { provideNoMaterialAnimations } from '../../../../testing/material-testing';
import { provideTranslocoTesting } from '../../../../testing/transloco-testing';
import type { UserDto } from '../../../core/api/generated/models/user-dto';
import { ADMIN_ROUTES } from '../../admin.routes';

const USER_ID = '5b1c2d3e-0000-4000-8000-000000000002';
const USER: UserDto = {
  id: USER_ID,
  email: 'kaisa@example.fi',
  displayName: 'Kaisa Koordinaattori',
  role: 'coordinator',
  preferredLanguage: 'sv',
  isActive: true,
  hasPassword: true,
  unitId: null,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-02-05T10:00:00.000Z',
  version: 3,
};

describe('user forms', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        provideNoMaterialAnimations(),
        provideRouter([{ path: 'admin', children: ADMIN_ROUTES }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  function type(page: Element, name: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
    if (!input) {
      throw new Error(`no input ${name}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function fieldError(page: Element, name: string): string {
    const field = page.querySelector(`input[formcontrolname="${name}"]`)?.closest('mat-form-field');
    return field?.querySelector('mat-error')?.textContent?.trim() ?? '';
  }

  function submitButton(page: Element, text: string): HTMLButtonElement {
    const button = Array.from(page.querySelectorAll<HTMLButtonElement>('button[type="submit"]')).find(
      (candidate) => candidate.textContent?.trim() === text,
    );
    if (!button) {
      throw new Error(`no button ${text}`);
    }
    return button;
  }

  describe('editing a user', () => {
    async function open(): Promise<HTMLElement> {
      await harness.navigateByUrl(`/admin/users/${USER_ID}`);
      http.expectOne({ method: 'GET', url: `/api/v1/users/${USER_ID}` }).flush(USER);
      await stable();
      return harness.routeNativeElement as HTMLElement;
    }

    it('shows the user and saves the changes with the version it was loaded at', async () => {
      const page = await open();
      expect(page.querySelector('h1')?.textContent?.trim()).toBe('Kaisa Koordinaattori');
      expect(page.querySelector<HTMLInputElement>('input[formcontrolname="displayName"]')?.value).toBe(
        'Kaisa Koordinaattori',
      );

      type(page, 'displayName', 'Kaisa K. Koordinaattori');
      submitButton(page, 'Tallenna').click();
      await stable();

      const request = http.expectOne({ method: 'PATCH', url: `/api/v1/users/${USER_ID}` });
      expect(request.request.body).toEqual({
        version: 3,
        displayName: 'Kaisa K. Koordinaattori',
        role: 'coordinator',
        preferredLanguage: 'sv',
      });
      request.flush({ ...USER, displayName: 'Kaisa K. Koordinaattori', version: 4 });
      await stable();

      expect(page.querySelector('h1')?.textContent?.trim()).toBe('Kaisa K. Koordinaattori');
      expect(page.querySelector('[role="status"]')?.textContent).toContain('Muutokset on tallennettu.');
    });

    it('reloads the user and says so when someone else changed it meanwhile', async () => {
      const page = await open();

      type(page, 'displayName', 'My edit');
      submitButton(page, 'Tallenna').click();
      await stable();
      http
        .expectOne({ method: 'PATCH', url: `/api/v1/users/${USER_ID}` })
        .flush({ code: 'STALE_VERSION', status: 409 }, { status: 409, statusText: 'Conflict' });
      await settle();
      http
        .expectOne({ method: 'GET', url: `/api/v1/users/${USER_ID}` })
        .flush({ ...USER, displayName: 'Their edit', version: 4 });
      await stable();

      expect(page.querySelector('form [role="alert"]')?.textContent).toContain(
        'Joku muu muutti tietoja sillä välin.',
      );
      expect(page.querySelector<HTMLInputElement>('input[formcontrolname="displayName"]')?.value).toBe(
        'Their edit',
      );
    });

    it('deactivates the user after confirmation, sending the version', async () => {
      const page = await open();

      const deactivate = Array.from(page.querySelectorAll<HTMLButtonElement>('button')).find(
        (button) => button.textContent?.trim() === 'Poista käytöstä',
      );
      deactivate?.click();
      await stable();
      const confirm = Array.from(
        document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button'),
      ).find((button) => button.textContent?.trim() === 'Poista käytöstä');
      confirm?.click();
      await stable();

      const request = http.expectOne({ method: 'PATCH', url: `/api/v1/users/${USER_ID}` });
      expect(request.request.body).toEqual({ version: 3, isActive: false });
      request.flush({ ...USER, isActive: false, version: 4 });
      await stable();

      expect(page.textContent).toContain('Käyttäjä on poistettu käytöstä.');
    });

    it('issues a new password link', async () => {
      const page = await open();

      Array.from(page.querySelectorAll<HTMLButtonElement>('button'))
        .find((button) => button.textContent?.trim() === 'Lähetä uusi salasanalinkki')
        ?.click();
      await stable();
      http
        .expectOne({ method: 'POST', url: `/api/v1/users/${USER_ID}/password-setup` })
        .flush(null, { status: 204, statusText: 'No Content' });
      await stable();

      expect(page.textContent).toContain('Uusi salasanalinkki on lähetetty käyttäjän sähköpostiin.');
    });
  });

  describe('creating a user', () => {
    async function open(): Promise<HTMLElement> {
      await harness.navigateByUrl('/admin/users/new');
      await stable();
      return harness.routeNativeElement as HTMLElement;
    }

    async function fillAndSubmit(page: HTMLElement): Promise<void> {
      type(page, 'email', 'aino.agentti@example.fi');
      type(page, 'displayName', 'Aino Agentti');
      type(page, 'hostOrganisation', 'Uudenmaan liitto');
      type(page, 'monthlyCapacityHours', '30');
      submitButton(page, 'Luo käyttäjä').click();
      await stable();
    }

    it('creates an agent with host organisation and capacity, then opens their page', async () => {
      const page = await open();
      await fillAndSubmit(page);

      const request = http.expectOne({ method: 'POST', url: '/api/v1/users' });
      expect(request.request.body).toEqual({
        email: 'aino.agentti@example.fi',
        displayName: 'Aino Agentti',
        role: 'agent',
        preferredLanguage: 'fi',
        hostOrganisation: 'Uudenmaan liitto',
        monthlyCapacityHours: 30,
      });
      request.flush({ ...USER, id: 'new-user-id', role: 'agent' }, { status: 201, statusText: 'Created' });
      await stable();

      expect(TestBed.inject(Router).url).toBe('/admin/users/new-user-id');
      http.expectOne('/api/v1/users/new-user-id').flush({ ...USER, id: 'new-user-id', role: 'agent' });
      await stable();
      expect((harness.routeNativeElement as HTMLElement).textContent).toContain('Käyttäjä on luotu.');
    });

    it('shows a taken email address on the email field', async () => {
      const page = await open();
      await fillAndSubmit(page);

      http.expectOne({ method: 'POST', url: '/api/v1/users' }).flush(
        {
          code: 'EMAIL_TAKEN',
          status: 409,
          errors: [{ field: 'email', code: 'taken', message: 'Another user has this email address' }],
        },
        { status: 409, statusText: 'Conflict' },
      );
      await stable();

      expect(fieldError(page, 'email')).toBe('Tällä sähköpostiosoitteella on jo käyttäjä.');
      expect(TestBed.inject(Router).url).toBe('/admin/users/new');
    });

    it('shows other server field errors on their fields', async () => {
      const page = await open();
      await fillAndSubmit(page);

      http.expectOne({ method: 'POST', url: '/api/v1/users' }).flush(
        {
          code: 'VALIDATION_FAILED',
          status: 400,
          errors: [{ field: 'hostOrganisation', code: 'maxLength', message: 'too long' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await stable();

      expect(fieldError(page, 'hostOrganisation')).toBe('Liian pitkä.');
    });
  });
});
