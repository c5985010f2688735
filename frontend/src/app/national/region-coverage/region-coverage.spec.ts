import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { FakeChartRenderer, regionDashboard, setUpCoverage, settle, text } from '../testing/coverage-testing';

const Q2 = '/coverage/regions/07?from=2026-04-01&to=2026-06-30';

describe('RegionCoverage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let element: HTMLElement;

  afterEach(() => http.verify());

  async function rendered(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  function expectRegion(code: string, from: string, to: string): TestRequest {
    const request = http.expectOne((candidate) => candidate.url === `/api/v1/dashboards/regions/${code}`);
    expect(request.request.params.get('from')).toBe(from);
    expect(request.request.params.get('to')).toBe(to);
    return request;
  }

  async function open(
    role: MeDto['role'],
    url = Q2,
    period: [string, string] = ['2026-04-01', '2026-06-30'],
  ): Promise<TestRequest> {
    ({ harness, http } = await setUpCoverage(role));
    await harness.navigateByUrl(url);
    element = harness.routeNativeElement as HTMLElement;
    return expectRegion('07', ...period);
  }

  it('shows the region’s figures for the period with their changes, and the way back keeping the period', async () => {
    (await open('ministry')).flush(regionDashboard());
    await rendered();

    expect(text(element.querySelector('h1'))).toBe('Päijät-Häme');
    expect(text(element.querySelector('.period-text'))).toBe(
      'Jakso 1.4.–30.6.2026, verrattuna jaksoon 1.1.–31.3.2026.',
    );
    expect(text(element.querySelector('[data-figure="coverage"]'))).toBe(
      'Kattavuus 52,9 % Muutos edelliseen jaksoon: ▲ +23,5 %-yks.',
    );
    expect(element.querySelector('[data-figure="regionsWithAgent"]')).toBeNull();
    expect(text(element.querySelector('[data-figure="slaCompliance"]'))).toBe(
      'Palvelutaso toteutui 66,7 % 2/3 ratkaistusta ajallaan Ei vertailutietoa',
    );
    const back = element.querySelector('a.text-link');
    expect(text(back)).toBe('Takaisin valtakunnalliseen kattavuuteen');
    expect(back?.getAttribute('href')).toBe('/coverage?from=2026-04-01&to=2026-06-30');
  });

  it('charts and tabulates the months, and shows reach by unit type and theme', async () => {
    (await open('ministry')).flush(regionDashboard());
    await rendered();

    expect(TestBed.inject(FakeChartRenderer).drawn[0].labels).toEqual(['huhti', 'touko', 'kesä']);
    expect(
      Array.from(element.querySelectorAll('crm-coverage-trend tbody tr')).map((row) => text(row)),
    ).toEqual(['huhtikuu 2026 3 1 1 4,0', 'toukokuu 2026 4 2 1 5,5', 'kesäkuu 2026 2 1 1 3,0']);
    expect(text(element.querySelector('crm-unit-type-reach tbody tr'))).toBe('Kunta 4 / 10 40,0 %');
    expect(text(element.querySelector('crm-theme-reach tbody'))).toBe('Ei teemoja.');
  });

  it('lists the agents’ periods, newest first, without names for the ministry', async () => {
    (await open('ministry')).flush(regionDashboard());
    await rendered();

    expect(Array.from(element.querySelectorAll('crm-agent-history li')).map((item) => text(item))).toEqual([
      '1.5.2026 – toistaiseksi Muutosagentti',
      '1.1.2024 – 31.12.2025 Muutosagentti',
    ]);
  });

  it('names the agents for coordinators', async () => {
    (await open('coordinator')).flush(regionDashboard(true));
    await rendered();

    expect(Array.from(element.querySelectorAll('crm-agent-history li')).map((item) => text(item))).toEqual([
      '1.5.2026 – toistaiseksi Aino Agentti',
      '1.1.2024 – 31.12.2025 Ville Varsinais',
    ]);
  });

  it('gives agents no way back to the national page, which is not theirs', async () => {
    (await open('agent')).flush(regionDashboard());
    await rendered();

    expect(text(element.querySelector('h1'))).toBe('Päijät-Häme');
    expect(element.querySelector('a.text-link')).toBeNull();
  });

  it('loads another period when one is chosen', async () => {
    // Without a period in the address: this year.
    (await open('ministry', '/coverage/regions/07', ['2026-01-01', '2026-12-31'])).flush(regionDashboard());
    await rendered();
    await TestBed.inject(Router).navigateByUrl('/coverage/regions/07?from=2025-01-01&to=2025-12-31');
    await rendered();

    expectRegion('07', '2025-01-01', '2025-12-31').flush(regionDashboard());
  });

  it('says when there is no such region', async () => {
    ({ harness, http } = await setUpCoverage('ministry'));
    await harness.navigateByUrl('/coverage/regions/99');
    expectRegion('99', '2026-01-01', '2026-12-31').flush(
      { type: 'about:blank', title: 'Not Found', status: 404 },
      { status: 404, statusText: 'Not Found' },
    );
    await rendered();

    expect(text(harness.routeNativeElement?.querySelector('[role="alert"]'))).toBe('Maakuntaa ei löytynyt.');
  });
});
