import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideHttpClient } from '@angular/common/http';
import { type HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { REGION_DTOS } from '../../../testing/region-fixtures';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { registerLocales } from '../../core/i18n/register-locales';
import { UNIT_ID, provideUnitsTranslocoTesting, settle, unitFixture } from '../testing/units-testing';
import { UNITS_ROUTES } from '../units.routes';
import { SEARCH_DEBOUNCE_MS } from './unit-list';

function me(role: MeDto['role']): MeDto {
  return {
    id: '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b10',
    email: `${role}@demo.keino.test`,
    displayName: 'Demo',
    role,
    preferredLanguage: 'fi',
    unit: null,
    agent: null,
  };
}

describe('UnitList', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  beforeAll(() => registerLocales());

  async function open(url: string, role: MeDto['role'] = 'coordinator'): Promise<HTMLElement> {
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
    http.expectOne('/api/v1/auth/me').flush(me(role));
    await signingIn;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http
      .expectOne('/api/v1/regions?pageSize=100')
      .flush({ items: REGION_DTOS, total: 19, page: 1, pageSize: 100 });
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  function flushList(expectedParams: string, total = 1): void {
    http
      .expectOne(`/api/v1/units?${expectedParams}`)
      .flush({ items: [unitFixture()], total, page: 1, pageSize: 25 });
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('lists the units of the query in the address, each linking to its page', async () => {
    const page = await open('/units?q=hel&regionCode=01&sort=-name&page=2');
    flushList('page=2&pageSize=25&q=hel&regionCode=01&sort=-name', 31);
    await harness.fixture.whenStable();

    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('a[href="/units/new"]')).not.toBeNull();
    expect(page.querySelector('a[href="/units/import"]')).not.toBeNull();
    expect(page.querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('hel');
    expect(text(page.querySelector('.count'))).toBe('Hakutuloksia: 31');
    const row = page.querySelector(`tr[data-id="${UNIT_ID}"]`);
    expect(text(row)).toContain('Kunta');
    expect(text(row)).toContain('Uusimaa');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe(`/units/${UNIT_ID}`);
    expect(page.querySelector('a[href^="/api/v1/exports/units"]')?.getAttribute('href')).toBe(
      '/api/v1/exports/units?format=csv&q=hel&regionCode=01&sort=-name',
    );
  });

  it('puts a chosen filter into the address and lists again from the first page', async () => {
    await open('/units?page=3');
    flushList('page=3&pageSize=25');
    await harness.fixture.whenStable();

    const selects = await loader.getAllHarnesses(MatSelectHarness);
    const type = selects[1];
    await type?.open();
    await type?.clickOptions({ text: 'Hyvinvointialue' });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/units?type=wellbeing_services_county');
    flushList('page=1&pageSize=25&type=wellbeing_services_county');
  });

  it('searches as the user types, once the typing pauses', async () => {
    const page = await open('/units');
    flushList('page=1&pageSize=25');
    await harness.fixture.whenStable();

    const search = page.querySelector<HTMLInputElement>('input[type="search"]');
    for (const typed of ['es', 'esp', 'espo']) {
      if (search) {
        search.value = typed;
        search.dispatchEvent(new Event('input'));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle();

    expect(TestBed.inject(Router).url).toBe('/units?q=espo');
    // One request for the text the user stopped at, none for the keystrokes before it.
    flushList('page=1&pageSize=25&q=espo');
  });

  it('offers new unit and import to agents and coordinators only', async () => {
    const page = await open('/units', 'ministry');
    flushList('page=1&pageSize=25');
    await harness.fixture.whenStable();

    expect(page.querySelector('a[href="/units/new"]')).toBeNull();
    expect(page.querySelector('a[href="/units/import"]')).toBeNull();
  });
});
