import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { type HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { REGION_DTOS } from '../../../testing/region-fixtures';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { registerLocales } from '../../core/i18n/register-locales';
import {
  HELSINKI,
  OTHER_UNIT_ID,
  UNIT_ID,
  provideUnitsTranslocoTesting,
  settle,
  unitFixture,
} from '../testing/units-testing';
import { UNITS_ROUTES } from '../units.routes';

const COORDINATOR: MeDto = {
  id: '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b10',
  email: 'coordinator@demo.keino.test',
  displayName: 'Kaisa Koordinaattori',
  role: 'coordinator',
  preferredLanguage: 'fi',
  unit: null,
  agent: null,
};

describe('UnitForm', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  beforeAll(() => registerLocales());

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideUnitsTranslocoTesting(),
        provideRouter([{ path: 'units', children: UNITS_ROUTES }], withComponentInputBinding()),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signingIn = TestBed.inject(AuthStore).load();
    http.expectOne('/api/v1/auth/me').flush(COORDINATOR);
    await signingIn;
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  function flushRegions(): void {
    http
      .expectOne('/api/v1/regions?pageSize=100')
      .flush({ items: REGION_DTOS, total: 19, page: 1, pageSize: 100 });
  }

  async function openNew(): Promise<HTMLElement> {
    await harness.navigateByUrl('/units/new');
    flushRegions();
    await harness.fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  async function fillIn(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      const input = await loader.getHarness(
        MatInputHarness.with({ selector: `[formControlName="${name}"]` }),
      );
      await input.setValue(value);
    }
  }

  async function choose(name: string, optionText: string): Promise<void> {
    const select = await loader.getHarness(
      MatSelectHarness.with({ selector: `[formControlName="${name}"]` }),
    );
    await select.open();
    await select.clickOptions({ text: optionText });
  }

  async function fillValidUnit(): Promise<void> {
    await fillIn({
      nameFi: 'Keravan kaupunki',
      businessId: '0100011-1',
      estimatedAnnualSpend: '1 250 000,50',
      website: 'https://www.kerava.fi',
    });
    await choose('type', 'Kunta');
    await choose('regionCode', 'Uusimaa');
  }

  function submit(page: HTMLElement): void {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  }

  function errorOf(page: HTMLElement, name: string): string {
    const field = page.querySelector(`[formControlName="${name}"]`)?.closest('mat-form-field');
    return field?.querySelector('mat-error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('creates a unit, sending the euros typed the Finnish way as a decimal string, and opens it', async () => {
    const page = await openNew();
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    await fillValidUnit();

    submit(page);
    const request = http.expectOne({ method: 'POST', url: '/api/v1/units' });
    expect(request.request.body).toEqual({
      nameFi: 'Keravan kaupunki',
      nameSv: null,
      businessId: '0100011-1',
      type: 'municipality',
      municipalityCode: null,
      regionCode: '01',
      estimatedAnnualSpend: '1250000.50',
      website: 'https://www.kerava.fi',
      isActive: true,
    });
    request.flush(unitFixture({ id: OTHER_UNIT_ID }));
    await settle();

    expect(TestBed.inject(Router).url).toBe(`/units/${OTHER_UNIT_ID}`);
    http
      .match(() => true)
      .forEach((pending) => pending.flush(null, { status: 404, statusText: 'Not Found' }));
  });

  it('shows the server field errors under the matching fields', async () => {
    const page = await openNew();
    await fillValidUnit();

    submit(page);
    http.expectOne({ method: 'POST', url: '/api/v1/units' }).flush(
      {
        type: 'about:blank',
        title: 'Validation failed',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'businessId', code: 'isFinnishBusinessId', message: 'businessId must be valid' },
          { field: 'website', code: 'isUrl', message: 'website must be an http(s) address' },
          { field: 'regionCode', code: 'outOfScope', message: 'Region 01 is not one of your regions' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();

    expect(errorOf(page, 'businessId')).toBe('Y-tunnuksen tarkistusmerkki ei täsmää. Tarkista tunnus.');
    expect(errorOf(page, 'website')).toBe('Anna osoite muodossa https://esimerkki.fi.');
    expect(errorOf(page, 'regionCode')).toContain('Tämä maakunta ei ole omiasi.');
    expect(errorOf(page, 'nameFi')).toBe('');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Tarkista merkityt kentät.');
    expect(TestBed.inject(Router).url).toBe('/units/new');
  });

  it('shows BUSINESS_ID_TAKEN on the business ID with a link to the unit that has it', async () => {
    const page = await openNew();
    await fillValidUnit();

    submit(page);
    http.expectOne({ method: 'POST', url: '/api/v1/units' }).flush(
      {
        type: 'about:blank',
        title: 'Business ID already registered',
        status: 409,
        code: 'BUSINESS_ID_TAKEN',
        detail: `Business ID 0100011-1 belongs to Keravan kaupunki (${UNIT_ID}).`,
        errors: [{ field: 'businessId', code: 'taken', message: 'Already registered to Keravan kaupunki' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();

    expect(errorOf(page, 'businessId')).toContain('Tällä Y-tunnuksella on jo hankintayksikkö.');
    const link = page
      .querySelector('[formControlName="businessId"]')
      ?.closest('mat-form-field')
      ?.querySelector<HTMLAnchorElement>('mat-error a');
    expect(link?.getAttribute('href')).toBe(`/units/${UNIT_ID}`);
  });

  it('checks the business ID format and the amount before sending anything', async () => {
    const page = await openNew();
    await fillValidUnit();
    await fillIn({ businessId: '0100011', estimatedAnnualSpend: '1,505' });

    submit(page);
    await harness.fixture.whenStable();

    expect(errorOf(page, 'businessId')).toBe('Anna Y-tunnus muodossa 1234567-8.');
    expect(errorOf(page, 'estimatedAnnualSpend')).toContain('Anna summa euroina');
    // http.verify() in afterEach fails if anything was sent.
  });

  describe('editing', () => {
    async function openEdit(): Promise<HTMLElement> {
      await harness.navigateByUrl(`/units/${UNIT_ID}/edit`);
      flushRegions();
      http.expectOne(`/api/v1/units/${UNIT_ID}`).flush(unitFixture());
      await settle();
      http.expectOne('/api/v1/municipalities/091').flush(HELSINKI);
      await settle();
      await harness.fixture.whenStable();
      loader = TestbedHarnessEnvironment.loader(harness.fixture);
      return harness.routeNativeElement as HTMLElement;
    }

    it('fills in the unit in the interface language and saves it with its version', async () => {
      const page = await openEdit();
      const spend = await loader.getHarness(
        MatInputHarness.with({ selector: '[formControlName="estimatedAnnualSpend"]' }),
      );
      expect(await spend.getValue()).toBe('1\u00a0250\u00a0000,50');
      const municipality = await loader.getHarness(
        MatInputHarness.with({ selector: '[formControlName="municipalityCode"]' }),
      );
      expect(await municipality.getValue()).toBe('Helsinki');

      await fillIn({ nameSv: '' });
      submit(page);
      const request = http.expectOne({ method: 'PATCH', url: `/api/v1/units/${UNIT_ID}` });
      expect(request.request.body).toEqual(
        expect.objectContaining({
          version: 3,
          nameSv: null,
          municipalityCode: '091',
          estimatedAnnualSpend: '1250000.50',
        }),
      );
      // The region follows from the municipality, so none is sent.
      expect(request.request.body).not.toHaveProperty('regionCode');
      request.flush(unitFixture({ nameSv: null, version: 4 }));
      await settle();

      expect(TestBed.inject(Router).url).toBe(`/units/${UNIT_ID}`);
      http
        .match(() => true)
        .forEach((pending) => pending.flush(null, { status: 404, statusText: 'Not Found' }));
    });

    it('tells the user when someone else saved first and loads the latest version on request', async () => {
      const page = await openEdit();

      submit(page);
      http
        .expectOne({ method: 'PATCH', url: `/api/v1/units/${UNIT_ID}` })
        .flush(
          { type: 'about:blank', title: 'Conflict', status: 409, code: 'STALE_VERSION' },
          { status: 409, statusText: 'Conflict' },
        );
      await harness.fixture.whenStable();

      expect(page.querySelector('[role="alert"]')?.textContent).toContain('Joku muu muutti yksikköä');
      const reload = Array.from(page.querySelectorAll('button')).find((button) =>
        button.textContent?.includes('Lataa uusin versio'),
      );
      reload?.click();
      http
        .expectOne(`/api/v1/units/${UNIT_ID}`)
        .flush(unitFixture({ nameFi: 'Helsingin kaupunki (uusi)', version: 5 }));
      await settle();
      await harness.fixture.whenStable();

      const name = await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="nameFi"]' }));
      expect(await name.getValue()).toBe('Helsingin kaupunki (uusi)');
    });
  });
});
