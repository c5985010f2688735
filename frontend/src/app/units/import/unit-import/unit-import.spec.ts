import { HttpBackend, HttpEventType, HttpXhrBackend, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeDto } from '../../../core/api/generated/models/me-dto';
import { AuthStore } from '../../../core/auth/auth.store';
import { registerLocales } from '../../../core/i18n/register-locales';
import { importReportFixture, provideUnitsTranslocoTesting, settle } from '../../testing/units-testing';
import { UNITS_ROUTES } from '../../units.routes';

const AGENT: MeDto = {
  id: '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b11',
  email: 'agent.01@demo.keino.test',
  displayName: 'Aino Agentti',
  role: 'agent',
  preferredLanguage: 'fi',
  unit: null,
  agent: { hostOrganisation: 'Uudenmaan liitto', monthlyCapacityHours: 40, regionCodes: ['01'] },
};

describe('UnitImport', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;
  const file = new File(['Nimi;Y-tunnus;Tyyppi;Kunta\n'], 'yksiköt.csv', { type: 'text/csv' });

  beforeAll(() => registerLocales());

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        // The import route's own client sends through XMLHttpRequest; here through the testing backend.
        { provide: HttpXhrBackend, useExisting: HttpBackend },
        provideUnitsTranslocoTesting(),
        provideRouter([{ path: 'units', children: UNITS_ROUTES }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signingIn = TestBed.inject(AuthStore).load();
    http.expectOne('/api/v1/auth/me').flush(AGENT);
    await signingIn;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/units/import');
    await harness.fixture.whenStable();
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function buttonNamed(name: string): HTMLButtonElement {
    const button = Array.from(page.querySelectorAll('button')).find((candidate) =>
      text(candidate).startsWith(name),
    );
    if (!button) {
      throw new Error(`no button "${name}"`);
    }
    return button;
  }

  function chooseFile(): void {
    const input = page.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) {
      throw new Error('no file input');
    }
    Object.defineProperty(input, 'files', { value: { length: 1, item: () => file, 0: file } });
    input.dispatchEvent(new Event('change'));
  }

  function expectImport(dryRun: 'true' | 'false'): TestRequest {
    const request = http.expectOne(
      (candidate) => candidate.method === 'POST' && candidate.url === '/api/v1/imports/units',
    );
    expect(request.request.params.get('dryRun')).toBe(dryRun);
    return request;
  }

  it('explains the accepted files and checks a file only when asked', async () => {
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(text(page)).toContain('UTF-8 tai Windows-1252');
    expect(text(page.querySelector('table'))).toContain('Y-tunnus');
    expect(buttonNamed('Tarkista tiedosto').disabled).toBe(true);

    chooseFile();
    await harness.fixture.whenStable();

    expect(buttonNamed('Tarkista tiedosto').disabled).toBe(false);
    // Choosing a file sends nothing (http.verify() in afterEach).
  });

  it('does a dry run with upload progress, shows the report and imports only on the explicit action', async () => {
    document.cookie = 'XSRF-TOKEN=token-from-cookie';
    chooseFile();
    await harness.fixture.whenStable();
    buttonNamed('Tarkista tiedosto').click();

    const dryRun = expectImport('true');
    // The import route's own HttpClient still sends the session's CSRF token.
    expect(dryRun.request.headers.get('X-XSRF-TOKEN')).toBe('token-from-cookie');
    expect(((dryRun.request.body as FormData).get('file') as File).name).toBe('yksiköt.csv');
    dryRun.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 100 });
    harness.fixture.detectChanges();
    expect(page.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');

    dryRun.flush(importReportFixture());
    await settle();
    await harness.fixture.whenStable();

    expect(text(page)).toContain('Tämä on koeajo: mitään ei ole vielä tallennettu.');
    expect(text(page.querySelector('.counts-table'))).toContain('Hylätty');
    expect(text(page)).toContain('Huomautukset');
    expect(page.querySelectorAll('tr[data-row]')).toHaveLength(3);

    buttonNamed('Vain hylätyt').click();
    await harness.fixture.whenStable();
    const rejected = Array.from(page.querySelectorAll('tr[data-row]'));
    expect(rejected.map((row) => row.getAttribute('data-row'))).toEqual(['4']);
    expect(text(rejected[0])).toContain('Y-tunnus: invalid business ID');
    // Nothing has been written yet: the only request so far was the dry run.
    http.expectNone((candidate) => candidate.params.get('dryRun') === 'false');

    buttonNamed('Tuo 2 kelvollista riviä').click();
    expectImport('false').flush(importReportFixture({ dryRun: false }));
    await settle();
    await harness.fixture.whenStable();

    expect(text(page.querySelector('[role="status"].alert'))).toBe(
      'Uusia yksiköitä 1, päivitettyjä 1, muuttumattomia 0, hylättyjä 1.',
    );
    expect(page.querySelector('a[href="/units"]')).not.toBeNull();
  });
});
