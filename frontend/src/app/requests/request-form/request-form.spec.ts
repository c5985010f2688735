import type { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import type { UnitDto } from '../../core/api/generated/models/unit-dto';
import { registerLocales } from '../../core/i18n/register-locales';
import {
  CONTACT_ID,
  CPV_URL,
  REGIONS_URL,
  REQUEST_ID,
  THEMES_URL,
  UNIT_ID,
  flushReferenceData,
  requestFixture,
  setUpRequests,
  settle,
  text,
} from '../testing/requests-testing';

const UNIT: UnitDto = {
  id: UNIT_ID,
  nameFi: 'Helsingin kaupunki',
  nameSv: 'Helsingfors stad',
  businessId: '0201256-6',
  type: 'municipality',
  municipalityCode: '091',
  regionCode: '01',
  estimatedAnnualSpend: null,
  website: null,
  isActive: true,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-02-01T08:30:00.000Z',
  version: 1,
};

const CONTACTS_URL = `/api/v1/units/${UNIT_ID}/contacts?pageSize=100`;

describe('RequestForm', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;
  let loader: HarnessLoader;

  beforeAll(() => registerLocales());

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function open(url: string, role: MeDto['role']): Promise<void> {
    ({ harness, http } = await setUpRequests(role));
    await harness.navigateByUrl(url);
    flushReferenceData(http, [THEMES_URL, CPV_URL]);
    await rendered();
    page = harness.routeNativeElement as HTMLElement;
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  async function rendered(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  function type(selector: string, value: string): void {
    const control = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!control) {
      throw new Error(`No field ${selector}`);
    }
    control.value = value;
    control.dispatchEvent(new Event('input'));
  }

  async function choose(controlName: string, option: string | RegExp): Promise<void> {
    const select = await loader.getHarness(
      MatSelectHarness.with({ selector: `[formControlName="${controlName}"]` }),
    );
    await select.open();
    await select.clickOptions({ text: option });
    await select.close();
  }

  async function fillContent(): Promise<void> {
    type('input[formControlName="title"]', 'Vähähiilinen rakentaminen');
    type('textarea[formControlName="description"]', 'Tarvitsemme kriteerit koulun rakentamiseen.');
    await choose('themeCodes', 'Kiertotalous');
    await choose('procurementStage', 'Markkinavuoropuhelu');
  }

  async function submit(): Promise<void> {
    Array.from(page.querySelectorAll<HTMLButtonElement>('button[type="submit"]'))[0]?.click();
    await rendered();
  }

  /** The request page opened after saving asks for what it needs. */
  async function flushRequestPage(): Promise<void> {
    await rendered();
    flushReferenceData(http, [REGIONS_URL]);
    http.expectOne(`/api/v1/requests/${REQUEST_ID}`).flush(requestFixture());
    await rendered();
    // Staff see the request's follow-ups (open and recently closed).
    for (const followUps of http.match((candidate) => candidate.url === '/api/v1/follow-ups')) {
      followUps.flush({ items: [], total: 0, page: 1, pageSize: 100 });
    }
    await rendered();
  }

  it('lets staff make a request for a unit chosen in advance, with one of its contacts as requester', async () => {
    await open(`/requests/new?unitId=${UNIT_ID}`, 'agent');
    http.expectOne(`/api/v1/units/${UNIT_ID}`).flush(UNIT);
    await rendered();
    http.expectOne(CONTACTS_URL).flush({
      items: [
        {
          id: CONTACT_ID,
          unitId: UNIT_ID,
          name: 'Maija Meikäläinen',
          email: 'maija@hel.fi',
          phone: null,
          title: null,
          preferredLanguage: 'fi',
          isErased: false,
          updatedAt: '2026-02-01T08:30:00.000Z',
          version: 1,
        },
      ],
      total: 1,
      page: 1,
      pageSize: 100,
    });
    await rendered();

    expect(page.querySelector<HTMLInputElement>('crm-request-unit-picker input')?.value).toBe(
      'Helsingin kaupunki',
    );
    await choose('requesterContactId', /Maija Meikäläinen/);
    await choose('source', 'Puhelin');
    await fillContent();
    await submit();

    const create = http.expectOne({ method: 'POST', url: '/api/v1/requests' });
    expect(create.request.body).toEqual({
      title: 'Vähähiilinen rakentaminen',
      description: 'Tarvitsemme kriteerit koulun rakentamiseen.',
      themeCodes: ['circular_economy'],
      cpvCode: null,
      procurementStage: 'market_dialogue',
      urgency: 'normal',
      unitId: UNIT_ID,
      source: 'phone',
      requesterContactId: CONTACT_ID,
    });
    create.flush(requestFixture(), { status: 201, statusText: 'Created' });
    await flushRequestPage();

    expect(TestBed.inject(Router).url).toBe(`/requests/${REQUEST_ID}`);
  });

  it('asks staff for the requester’s details when the unit has no contact persons', async () => {
    await open(`/requests/new?unitId=${UNIT_ID}`, 'coordinator');
    http.expectOne(`/api/v1/units/${UNIT_ID}`).flush(UNIT);
    await rendered();
    http.expectOne(CONTACTS_URL).flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await rendered();

    expect(text(page)).toContain('Yksiköllä ei ole vielä yhteyshenkilöitä');
    type('input[formControlName="name"]', 'Pekka Pyytäjä');
    type('input[formControlName="email"]', 'pekka@hel.fi');
    await choose('language', 'Svenska');
    await fillContent();
    type('input[formControlName="cpvCode"]', '45214200-2');
    await submit();

    const create = http.expectOne({ method: 'POST', url: '/api/v1/requests' });
    expect(create.request.body).toMatchObject({
      unitId: UNIT_ID,
      source: 'agent_created',
      cpvCode: '45214200-2',
      requester: { name: 'Pekka Pyytäjä', email: 'pekka@hel.fi', language: 'sv' },
    });
    expect(create.request.body).not.toHaveProperty('requesterContactId');
    create.flush(
      { code: 'VALIDATION_FAILED', errors: [{ field: 'cpvCode', code: 'unknownCpvDivision', message: 'x' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await rendered();

    expect(text(page.querySelector('mat-form-field:has(input[formControlName="cpvCode"]) mat-error'))).toBe(
      'Tuntematon CPV-pääryhmä.',
    );
    expect(text(page.querySelector('[role="alert"]'))).toBe('Tarkista merkityt kentät.');
  });

  it('lets a unit user make a request for their own unit, as its requester', async () => {
    await open('/requests/new', 'unit');

    expect(page.querySelector('crm-request-unit-picker')).toBeNull();
    expect(page.querySelector('[formControlName="source"]')).toBeNull();
    expect(text(page)).toContain('Teet pyynnön yksikölle Helsingin kaupunki sen yhteyshenkilönä.');
    await fillContent();
    await submit();

    const create = http.expectOne({ method: 'POST', url: '/api/v1/requests' });
    expect(create.request.body).toEqual({
      title: 'Vähähiilinen rakentaminen',
      description: 'Tarvitsemme kriteerit koulun rakentamiseen.',
      themeCodes: ['circular_economy'],
      cpvCode: null,
      procurementStage: 'market_dialogue',
      urgency: 'normal',
      unitId: UNIT_ID,
    });
    create.flush(requestFixture(), { status: 201, statusText: 'Created' });
    await flushRequestPage();

    expect(TestBed.inject(Router).url).toBe(`/requests/${REQUEST_ID}`);
  });

  it('checks the fields before sending anything', async () => {
    await open('/requests/new', 'agent');

    await submit();

    // http.verify() in afterEach fails on a create request.
    expect(text(page.querySelector('[role="alert"]'))).toBe('Tarkista merkityt kentät.');
    const errors = Array.from(page.querySelectorAll('mat-error')).map((error) => text(error));
    expect(errors).toContain('Pakollinen tieto.');
    expect(errors).toContain('Valitse vähintään yksi teema.');
  });
});
