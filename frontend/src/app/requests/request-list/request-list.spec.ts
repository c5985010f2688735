import type { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { registerLocales } from '../../core/i18n/register-locales';
import {
  AGENTS_URL,
  REGIONS_URL,
  REQUEST_ID,
  THEMES_URL,
  UNIT_ID,
  flushReferenceData,
  listItemFixture,
  setUpRequests,
  settle,
  text,
} from '../testing/requests-testing';

describe('RequestList', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeAll(() => registerLocales());

  afterEach(() => http.verify());

  async function open(url: string, role: MeDto['role'] = 'coordinator'): Promise<HTMLElement> {
    ({ harness, http } = await setUpRequests(role));
    await harness.navigateByUrl(url);
    flushReferenceData(http, [REGIONS_URL, THEMES_URL, ...(role === 'coordinator' ? [AGENTS_URL] : [])]);
    return harness.routeNativeElement as HTMLElement;
  }

  function flushList(expectedParams: string, items = [listItemFixture()], total = items.length): void {
    http.expectOne(`/api/v1/requests?${expectedParams}`).flush({ items, total, page: 1, pageSize: 25 });
  }

  function presetLinks(page: HTMLElement): HTMLAnchorElement[] {
    return Array.from(page.querySelectorAll<HTMLAnchorElement>('nav.presets a'));
  }

  it('reads the filters, order and page from the address and asks the server for exactly them', async () => {
    const page = await open(
      '/requests?status=in_progress,assigned&slaState=atRisk&regionCode=01&themeCode=climate_low_carbon' +
        '&createdFrom=2026-11-01&createdTo=2026-11-30&q=rakent&sort=-submittedAt&page=2',
    );
    flushList(
      'page=2&pageSize=25&status=assigned%2Cin_progress&slaState=atRisk&regionCode=01' +
        '&themeCode=climate_low_carbon&createdFrom=2026-11-01&createdTo=2026-11-30&q=rakent&sort=-submittedAt',
      [listItemFixture()],
      31,
    );
    await harness.fixture.whenStable();

    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('rakent');
    expect(text(page.querySelector('.count'))).toBe('Pyyntöjä: 31');
    // The filters in use unfold the rarer ones.
    expect(page.querySelector('details.more-filters')?.hasAttribute('open')).toBe(true);
    const row = page.querySelector(`tr[data-id="${REQUEST_ID}"]`);
    expect(text(row)).toContain('#1042');
    expect(text(row)).toContain('Osoitettu');
    expect(text(row)).toContain('Aino Agentti');
    expect(text(row)).toContain('Ensivastaus: Vaarassa');
    expect(text(row)).toContain('Ratkaisu: Aikataulussa');
    expect(row?.querySelector('a.request-title')?.getAttribute('href')).toBe(`/requests/${REQUEST_ID}`);
    expect(row?.querySelector(`a[href="/units/${UNIT_ID}"]`)?.textContent?.trim()).toBe('Helsingin kaupunki');
  });

  it('puts a chosen status into the address and lists again from the first page', async () => {
    await open('/requests?page=3&q=hanke');
    flushList('page=3&pageSize=25&q=hanke');
    await harness.fixture.whenStable();

    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const [status] = await loader.getAllHarnesses(MatSelectHarness);
    await status?.open();
    await status?.clickOptions({ text: 'Odottaa yksikköä' });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/requests?q=hanke&status=waiting_for_unit');
    flushList('page=1&pageSize=25&status=waiting_for_unit&q=hanke');
  });

  it('lets a coordinator list the queue only, through the address', async () => {
    await open('/requests');
    flushList('page=1&pageSize=25');
    await harness.fixture.whenStable();

    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const queue = await loader.getHarness(MatCheckboxHarness.with({ label: /Vain jono/ }));
    await queue.check();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/requests?queue=true');
    flushList('page=1&pageSize=25&queue=true');
  });

  it.each([
    ['coordinator', ['Avoimet', 'Jono', 'Vaarassa', 'Ylittyneet', 'Kaikki']],
    ['agent', ['Avoimet', 'Vaarassa', 'Ylittyneet', 'Kaikki']],
    ['unit', ['Avoimet', 'Kaikki']],
  ] as const)('offers the %s the quick views of their work', async (role, names) => {
    const page = await open('/requests', role);
    flushList('page=1&pageSize=25');
    await harness.fixture.whenStable();

    expect(presetLinks(page).map((link) => text(link))).toEqual(names);
    // With no filters "All" is the view shown.
    const all = presetLinks(page).at(-1);
    expect(all?.getAttribute('aria-current')).toBe('page');
    expect(all?.getAttribute('href')).toBe('/requests');
    expect(page.querySelector('a[href="/requests/new"]')).not.toBeNull();
  });

  it('links each quick view to its filters and marks the one shown', async () => {
    const page = await open('/requests?slaState=breached&pageSize=50');
    flushList('page=1&pageSize=50&slaState=breached');
    await harness.fixture.whenStable();

    const hrefs = presetLinks(page).map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      '/requests?open=true&pageSize=50',
      '/requests?queue=true&pageSize=50',
      '/requests?slaState=atRisk&pageSize=50',
      '/requests?slaState=breached&pageSize=50',
      '/requests?pageSize=50',
    ]);
    const current = presetLinks(page).filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current.map((link) => link.dataset['preset'])).toEqual(['breached']);
  });

  it.each([
    ['no filters', '/requests', 'page=1&pageSize=25', 'Tukipyyntöjä ei ole vielä.'],
    [
      'a filter',
      '/requests?open=true',
      'page=1&pageSize=25&open=true',
      'Rajauksia vastaavia tukipyyntöjä ei ole.',
    ],
  ])('says so when nothing is found with %s', async (_case, url, params, message) => {
    const page = await open(url, 'agent');
    flushList(params, []);
    await harness.fixture.whenStable();

    expect(text(page.querySelector('.empty'))).toBe(message);
  });

  it('names the unit of a unit filter from the address', async () => {
    const page = await open(`/requests?unitId=${UNIT_ID}`);
    flushList(`page=1&pageSize=25&unitId=${UNIT_ID}`);
    http.expectOne(`/api/v1/units/${UNIT_ID}`).flush({
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
    });
    await settle();
    await harness.fixture.whenStable();

    const unitInput = page.querySelector<HTMLInputElement>('crm-request-unit-picker input');
    expect(unitInput?.value).toBe('Helsingin kaupunki');
  });
});
