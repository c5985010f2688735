import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { REGION_DTOS } from '../../../testing/region-fixtures';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { registerLocales } from '../../core/i18n/register-locales';
import {
  HELSINKI,
  UNIT_ID,
  contactFixture,
  provideUnitsTranslocoTesting,
  settle,
  unitFixture,
} from '../testing/units-testing';
import { UNITS_ROUTES } from '../units.routes';

function me(role: MeDto['role']): MeDto {
  return {
    id: '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b10',
    email: `${role}@demo.keino.test`,
    displayName: 'Demo',
    role,
    preferredLanguage: 'fi',
    unit: null,
    agent:
      role === 'agent'
        ? { hostOrganisation: 'Uudenmaan liitto', monthlyCapacityHours: 40, regionCodes: ['01'] }
        : null,
  };
}

const CONTACTS_URL = `/api/v1/units/${UNIT_ID}/contacts?page=1&pageSize=100`;

describe('UnitPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeAll(() => registerLocales());

  async function setUp(role: MeDto['role']): Promise<void> {
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
    http.expectOne('/api/v1/auth/me').flush(me(role));
    await signingIn;
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function open(): Promise<HTMLElement> {
    await harness.navigateByUrl(`/units/${UNIT_ID}`);
    http
      .expectOne('/api/v1/regions?pageSize=100')
      .flush({ items: REGION_DTOS, total: 19, page: 1, pageSize: 100 });
    http.expectOne(`/api/v1/units/${UNIT_ID}`).flush(unitFixture());
    await settle();
    http.expectOne('/api/v1/municipalities/091').flush(HELSINKI);
    await settle();
    // Renders the unit, which asks for its contacts and (in the first tab) its support requests.
    harness.fixture.detectChanges();
    // Ministry users see no individual request and ask for none.
    for (const request of http.match((candidate) => candidate.url === '/api/v1/requests')) {
      expect(request.request.params.get('unitId')).toBe(UNIT_ID);
      request.flush({ items: [], total: 0, page: 1, pageSize: 10 });
    }
    return harness.routeNativeElement as HTMLElement;
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
    const button = Array.from(root.querySelectorAll('button')).find((candidate) =>
      text(candidate).startsWith(name),
    );
    if (!button) {
      throw new Error(`no button "${name}"`);
    }
    return button;
  }

  function overlay(): HTMLElement {
    const container = document.querySelector<HTMLElement>('.cdk-overlay-container');
    if (!container) {
      throw new Error('no overlay');
    }
    return container;
  }

  it('shows the details with localized type, municipality, region and spend in euros', async () => {
    await setUp('agent');
    const page = await open();
    http.expectOne(CONTACTS_URL).flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await harness.fixture.whenStable();

    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(text(page.querySelector('h1'))).toBe('Helsingin kaupunki');
    const details = text(page.querySelector('dl'));
    expect(details).toContain('Kunta');
    expect(details).toContain('Helsinki');
    expect(details).toContain('Uusimaa');
    // text() turns the locale's no-break spaces into spaces.
    expect(details).toContain('1 250 000,50 €');
    expect(text(page.querySelector('mat-tab-group'))).toContain('Tukipyynnöt');
    expect(page.querySelector(`crm-unit-requests a[href="/requests/new?unitId=${UNIT_ID}"]`)).not.toBeNull();
  });

  it.each([
    ['agent', true],
    ['coordinator', true],
    ['ministry', false],
  ] as const)('shows the %s the unit’s activities tab: %s', async (role, isShown) => {
    await setUp(role);
    const page = await open();
    if (role !== 'ministry') {
      http.expectOne(CONTACTS_URL).flush({ items: [], total: 0, page: 1, pageSize: 100 });
    }
    await harness.fixture.whenStable();

    const tabs = Array.from(page.querySelectorAll('[role="tab"]')).map((tab) => text(tab));
    expect(tabs.includes('Toiminta')).toBe(isShown);
  });

  it('hides the contact persons from ministry users and never asks for them', async () => {
    await setUp('ministry');
    const page = await open();
    await harness.fixture.whenStable();

    expect(page.querySelector('crm-contact-section')).toBeNull();
    expect(text(page)).not.toContain('Yhteyshenkilöt');
    // No edit actions for the read-only role either.
    expect(page.querySelector('a[href$="/edit"]')).toBeNull();
    // http.verify() in afterEach fails on a contacts request.
  });

  it('lists the contacts, an erased one as "Erased contact"', async () => {
    await setUp('agent');
    const page = await open();
    http.expectOne(CONTACTS_URL).flush({
      items: [
        contactFixture(),
        contactFixture({
          id: '1a2b3c4d-0000-4000-8000-000000000002',
          name: null,
          email: null,
          phone: null,
          title: null,
          isErased: true,
        }),
      ],
      total: 2,
      page: 1,
      pageSize: 100,
    });
    await harness.fixture.whenStable();

    const names = Array.from(page.querySelectorAll('.contact h3')).map((heading) => text(heading));
    expect(names).toEqual(['Maija Meikäläinen', 'Poistettu yhteyshenkilö']);
    // Agents edit contacts; only coordinators export or erase personal data.
    expect(() => buttonNamed(page, 'Muokkaa')).not.toThrow();
    expect(() => buttonNamed(page, 'Poista henkilötiedot')).toThrow();
  });

  it('erases a contact only after the coordinator confirms', async () => {
    await setUp('coordinator');
    const page = await open();
    const contact = contactFixture();
    http.expectOne(CONTACTS_URL).flush({ items: [contact], total: 1, page: 1, pageSize: 100 });
    await harness.fixture.whenStable();

    buttonNamed(page, 'Poista henkilötiedot').click();
    await harness.fixture.whenStable();
    expect(text(overlay().querySelector('[mat-dialog-title]'))).toBe(
      'Poistetaanko henkilön Maija Meikäläinen tiedot pysyvästi?',
    );
    buttonNamed(overlay(), 'Peruuta').click();
    await harness.fixture.whenStable();
    // Cancelled: nothing was sent (http.verify() would fail on the erase request).
    http.expectNone(`/api/v1/contacts/${contact.id}/erase`);

    buttonNamed(page, 'Poista henkilötiedot').click();
    await harness.fixture.whenStable();
    buttonNamed(overlay(), 'Poista henkilötiedot').click();
    await settle();
    http
      .expectOne({ method: 'POST', url: `/api/v1/contacts/${contact.id}/erase` })
      .flush(
        contactFixture({ name: null, email: null, phone: null, title: null, isErased: true, version: 2 }),
      );
    await settle();
    await harness.fixture.whenStable();

    expect(text(page.querySelector('.contact h3'))).toBe('Poistettu yhteyshenkilö');
    expect(text(page.querySelector('.contact'))).not.toContain('maija.meikalainen@example.fi');
    expect(text(page.querySelector('crm-contact-section [role="status"]'))).toContain(
      'Henkilötiedot poistettiin.',
    );
  });

  it('tells the user that a unit with history was deactivated instead of deleted', async () => {
    await setUp('coordinator');
    const page = await open();
    http.expectOne(CONTACTS_URL).flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await harness.fixture.whenStable();

    buttonNamed(page, 'Poista').click();
    await harness.fixture.whenStable();
    buttonNamed(overlay(), 'Poista').click();
    await settle();
    http.expectOne({ method: 'DELETE', url: `/api/v1/units/${UNIT_ID}` }).flush({ deactivated: true });
    await settle();
    http.expectOne(`/api/v1/units/${UNIT_ID}`).flush(unitFixture({ isActive: false, version: 4 }));
    await settle();
    await harness.fixture.whenStable();

    expect(text(page.querySelector('[role="status"]'))).toContain(
      'Yksiköllä on historiaa, joten sitä ei poistettu.',
    );
    expect(text(page.querySelector('dl'))).toContain('Ei aktiivinen');
  });
});
