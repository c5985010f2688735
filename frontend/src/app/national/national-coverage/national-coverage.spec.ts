import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import { fakeRegionShapes } from '../../../testing/region-fixtures';
import type { NationalDashboardDto } from '../../core/api/generated/models/national-dashboard-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { LanguageService } from '../../core/i18n/language-service';
import {
  FakeChartRenderer,
  nationalDashboard,
  plain,
  setUpCoverage,
  settle,
  text,
} from '../testing/coverage-testing';

const NATIONAL_URL = '/api/v1/dashboards/national';

describe('NationalCoverage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let element: HTMLElement;

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function rendered(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  function expectNational(from: string, to: string): TestRequest {
    const request = http.expectOne((candidate) => candidate.url === NATIONAL_URL);
    expect(request.request.params.get('from')).toBe(from);
    expect(request.request.params.get('to')).toBe(to);
    return request;
  }

  async function open(
    role: MeDto['role'] = 'ministry',
    url = '/coverage',
    dashboard: NationalDashboardDto = nationalDashboard(role === 'coordinator'),
    period: [string, string] = ['2026-01-01', '2026-12-31'],
  ): Promise<void> {
    ({ harness, http } = await setUpCoverage(role));
    await harness.navigateByUrl(url);
    http.expectOne('/geo/regions.geojson').flush(fakeRegionShapes());
    expectNational(...period).flush(dashboard);
    await rendered();
    element = harness.routeNativeElement as HTMLElement;
  }

  function figure(key: string): Element | null {
    return element.querySelector(`[data-figure="${key}"]`);
  }

  function rowOf(code: string): HTMLTableRowElement {
    const row = element.querySelector<HTMLTableRowElement>(`crm-coverage-table tr[data-code="${code}"]`);
    if (!row) {
      throw new Error(`no row for region ${code}`);
    }
    return row;
  }

  function cell(code: string, column: string): string {
    // The name is the row's header cell (a th, which Material does not class).
    return text(rowOf(code).querySelector(column === 'name' ? 'th.name' : `.mat-column-${column}`));
  }

  function tableCodes(): string[] {
    return Array.from(element.querySelectorAll<HTMLElement>('crm-coverage-table tbody tr')).map(
      (row) => row.dataset['code'] ?? '',
    );
  }

  it('shows this year by default with the headline figures and their changes from last year', async () => {
    await open();

    expect(text(element.querySelector('h1'))).toBe('Valtakunnallinen kattavuus');
    expect(text(element.querySelector('.period-text'))).toBe(
      'Jakso 1.1.–31.12.2026, verrattuna jaksoon 1.1.–31.12.2025.',
    );
    expect(text(figure('coverage'))).toBe('Kattavuus 89,8 % Muutos edelliseen jaksoon: ▲ +4,2 %-yks.');
    expect(text(figure('reachedUnits'))).toBe(
      'Tavoitetut / aktiiviset yksiköt 430 / 479 Muutos edelliseen jaksoon: ▲ +20',
    );
    expect(text(figure('regionsWithAgent'))).toContain('15 / 19');
    expect(text(figure('hours'))).toContain('7 237,8 Muutos edelliseen jaksoon: ▼ −950,7');
    expect(text(figure('requestsResolved'))).toContain('242 Muutos edelliseen jaksoon: ▶ ±0');
    expect(text(figure('medianFirstResponse'))).toContain('2,0 arkipäivää');
    expect(text(figure('slaCompliance'))).toContain('56,6 % 137/242 ratkaistusta ajallaan');
    // The arrow is decoration: the sign in the text says the direction.
    expect(figure('coverage')?.querySelector('.arrow')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('lists the 19 regions with every figure and the whole country, without agents’ names for the ministry', async () => {
    await open();

    expect(tableCodes()).toHaveLength(19);
    expect(cell('01', 'name')).toBe('Uusimaa');
    expect(cell('01', 'agent')).toBe('Kyllä');
    expect(cell('07', 'agent')).toBe('Ei');
    expect(cell('04', 'coverage')).toBe('9,1 %');
    expect(cell('04', 'reachedUnits')).toBe('2');
    expect(cell('04', 'activeUnits')).toBe('22');
    expect(cell('04', 'requestsReceived')).toBe('12');
    expect(cell('04', 'requestsResolved')).toBe('10');
    expect(cell('04', 'hours')).toBe('121,0');
    expect(cell('04', 'medianFirstResponseBusinessDays')).toBe('2,5');
    expect(cell('04', 'slaCompliance')).toBe('60,0 % 6/10 ajallaan');
    expect(cell('01', 'medianFirstResponseBusinessDays')).toBe('–');
    expect(text(element.querySelector('crm-coverage-table tfoot, crm-coverage-table tr.totals'))).toContain(
      'Koko maa 15/19 maakunnassa 89,8 % 430 479 274 242 7 237,8',
    );
    expect(element.querySelector('crm-coverage-table')?.textContent).not.toContain('Agentti 01');
    expect(rowOf('01').querySelector('a')?.getAttribute('href')).toBe('/coverage/regions/01');
  });

  it('shows coordinators who each region’s agent is', async () => {
    await open('coordinator');

    expect(cell('01', 'agent')).toBe('Agentti 01');
    expect(cell('07', 'agent')).toBe('Ei');
  });

  it('sorts the table by a column header, again the other way', async () => {
    await open();
    const header = (name: string): HTMLElement | undefined =>
      Array.from(element.querySelectorAll<HTMLElement>('crm-coverage-table th[mat-sort-header]')).find(
        (candidate) => text(candidate) === name,
      );

    header('Tunnit')?.querySelector<HTMLElement>('.mat-sort-header-container')?.click();
    await rendered();
    expect(tableCodes().slice(0, 2)).toEqual(['01', '02']);

    header('Tunnit')?.querySelector<HTMLElement>('.mat-sort-header-container')?.click();
    await rendered();
    expect(tableCodes().slice(0, 2)).toEqual(['21', '19']);
    expect(header('Tunnit')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('draws the map by coverage with the no-agent regions hatched, described by the table', async () => {
    await open();
    const svg = element.querySelector('crm-coverage-map svg');
    const caption = element.querySelector(`#${svg?.getAttribute('aria-describedby')}`);

    expect(svg?.querySelectorAll('path.region')).toHaveLength(19);
    expect(
      Array.from(svg?.querySelectorAll<SVGPathElement>('path.no-agent') ?? []).map(
        (path) => path.dataset['code'],
      ),
    ).toEqual(['07', '11', '12', '21']);
    expect(caption?.tagName).toBe('CAPTION');
    expect(caption?.closest('crm-coverage-table')).not.toBeNull();
    expect(plain(svg?.querySelector('path.region[data-code="04"]')?.getAttribute('aria-label') ?? '')).toBe(
      'Satakunta: kattavuus 9,1 %, tavoitettu 2/22 yksikköä, muutosagentti: kyllä',
    );
  });

  it('opens a region from the map with Enter, keeping the period', async () => {
    await open('ministry', '/coverage?from=2026-04-01&to=2026-06-30', nationalDashboard(), [
      '2026-04-01',
      '2026-06-30',
    ]);

    element
      .querySelector('path.region[data-code="06"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await rendered();

    expect(TestBed.inject(Router).url).toBe('/coverage/regions/06?from=2026-04-01&to=2026-06-30');
    http.expectOne((request) => request.url === '/api/v1/dashboards/regions/06');
  });

  it('takes the period from the address and keeps it on the links and downloads', async () => {
    await open('ministry', '/coverage?from=2025-10-01&to=2025-12-31', nationalDashboard(), [
      '2025-10-01',
      '2025-12-31',
    ]);

    expect(rowOf('05').querySelector('a')?.getAttribute('href')).toBe(
      '/coverage/regions/05?from=2025-10-01&to=2025-12-31',
    );
    expect(
      Array.from(element.querySelectorAll('crm-export-links a')).map((link) => link.getAttribute('href')),
    ).toEqual([
      '/api/v1/dashboards/national/export?format=csv&from=2025-10-01&to=2025-12-31',
      '/api/v1/dashboards/national/export?format=xlsx&from=2025-10-01&to=2025-12-31',
    ]);
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const selects = await loader.getAllHarnesses(MatSelectHarness);
    expect(await Promise.all(selects.map((select) => select.getValueText()))).toEqual([
      'Vuosineljännes',
      '2025',
      'Q4 (loka–joulukuu)',
    ]);
  });

  it('loads the quarter chosen and puts it into the address', async () => {
    await open();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);

    const kind = await loader.getHarness(MatSelectHarness.with({ ancestor: '.kind' }));
    await kind.open();
    await kind.clickOptions({ text: 'Vuosineljännes' });
    await rendered();
    // This year's current quarter first.
    expect(TestBed.inject(Router).url).toBe('/coverage?from=2026-10-01&to=2026-12-31');
    expectNational('2026-10-01', '2026-12-31').flush(nationalDashboard());
    await rendered();

    const quarter = await loader.getHarness(MatSelectHarness.with({ ancestor: '.quarter' }));
    await quarter.open();
    await quarter.clickOptions({ text: 'Q1 (tammi–maaliskuu)' });
    await rendered();
    expect(TestBed.inject(Router).url).toBe('/coverage?from=2026-01-01&to=2026-03-31');
    expectNational('2026-01-01', '2026-03-31').flush(nationalDashboard());

    const year = await loader.getHarness(MatSelectHarness.with({ ancestor: '.year' }));
    await year.open();
    await year.clickOptions({ text: '2025' });
    await rendered();
    expect(TestBed.inject(Router).url).toBe('/coverage?from=2025-01-01&to=2025-03-31');
    expectNational('2025-01-01', '2025-03-31').flush(nationalDashboard());
  });

  it('loads custom days when applied, and refuses an end before the start', async () => {
    await open();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const kind = await loader.getHarness(MatSelectHarness.with({ ancestor: '.kind' }));
    await kind.open();
    await kind.clickOptions({ text: 'Oma aikaväli' });
    await rendered();

    const [from, to] = Array.from(element.querySelectorAll<HTMLInputElement>('input[type="date"]'));
    const type = (input: HTMLInputElement, value: string): void => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type(from, '2026-03-15');
    type(to, '2026-03-01');
    element.querySelector<HTMLButtonElement>('form.custom button[type="submit"]')?.click();
    await rendered();
    expect(text(element.querySelector('crm-period-picker [role="alert"]'))).toBe(
      'Päättymispäivä ei voi olla ennen alkamispäivää.',
    );

    type(to, '2026-05-31');
    element.querySelector<HTMLButtonElement>('form.custom button[type="submit"]')?.click();
    await rendered();
    expect(TestBed.inject(Router).url).toBe('/coverage?from=2026-03-15&to=2026-05-31');
    expectNational('2026-03-15', '2026-05-31').flush(nationalDashboard());
  });

  it('charts the months and keeps their figures in a table that can be shown', async () => {
    await open();
    const charts = TestBed.inject(FakeChartRenderer).drawn;

    expect(charts.map((chart) => [chart.type, chart.series.map((series) => series.label)])).toEqual([
      ['line', ['Tavoitetut yksiköt']],
      ['bar', ['Saapuneet pyynnöt', 'Ratkaistut pyynnöt']],
      ['bar', ['Neuvontatunnit']],
    ]);
    expect(charts[0].labels).toEqual(['tammi', 'helmi', 'maalis']);
    expect(charts[1].series[1].values).toEqual([18, 21, 19]);

    const table = element.querySelector('crm-coverage-trend .table-scroll');
    const toggle = element.querySelector<HTMLButtonElement>('crm-coverage-trend button');
    expect(table?.classList).toContain('visually-hidden');
    expect(text(table?.querySelector('tbody tr'))).toBe('tammikuu 2026 120 20 18 600,5');
    toggle?.click();
    await rendered();
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    expect(table?.classList).not.toContain('visually-hidden');
  });

  it('shows reach by unit type and by theme', async () => {
    await open();

    expect(text(element.querySelector('crm-unit-type-reach tr[data-type="municipality"]'))).toBe(
      'Kunta 272 / 308 88,3 %',
    );
    expect(text(element.querySelector('crm-theme-reach tbody tr'))).toBe('Kiertotalous 385 80,4 % 759 41');
  });

  it('follows a change of language in texts, numbers and charts', async () => {
    await open();

    await TestBed.inject(LanguageService).use('sv');
    await rendered();

    expect(text(element.querySelector('h1'))).toBe('Nationell täckning');
    expect(cell('01', 'name')).toBe('Nyland');
    expect(text(figure('coverage'))).toContain('+4,2 procentenheter');
    const charts = TestBed.inject(FakeChartRenderer).drawn;
    expect(charts.at(-1)?.series[0].label).toBe('Rådgivningstimmar');
    expect(charts.at(-1)?.labels).toEqual(['jan.', 'feb.', 'mars']);

    await TestBed.inject(LanguageService).use('en');
    await rendered();
    expect(text(figure('coverage'))).toContain('89.8% Change from the previous period: ▲ +4.2 pp');
  });

  it('says when nothing happened in the period', async () => {
    const quiet = nationalDashboard();
    quiet.totals = {
      ...quiet.totals,
      reachedUnits: 0,
      coverage: 0,
      requestsReceived: 0,
      requestsResolved: 0,
      hours: 0,
    };
    await open('ministry', '/coverage', quiet);

    expect(text(element.querySelector('[role="status"]'))).toBe(
      'Valitulla jaksolla ei ole kirjattu neuvontaa eikä tukipyyntöjä.',
    );
  });

  it('says when the figures cannot be loaded and tries again', async () => {
    ({ harness, http } = await setUpCoverage('ministry'));
    await harness.navigateByUrl('/coverage');
    http.expectOne('/geo/regions.geojson').flush(fakeRegionShapes());
    expectNational('2026-01-01', '2026-12-31').flush(null, { status: 500, statusText: 'Server Error' });
    await rendered();
    element = harness.routeNativeElement as HTMLElement;

    expect(text(element.querySelector('[role="alert"]'))).toContain(
      'Valtakunnallisia lukuja ei voitu ladata.',
    );
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    expectNational('2026-01-01', '2026-12-31').flush(nationalDashboard());
    await rendered();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(text(figure('coverage'))).toContain('89,8 %');
  });

  it('is not for agents', async () => {
    ({ harness, http } = await setUpCoverage('agent'));
    await harness.navigateByUrl('/coverage');

    expect(TestBed.inject(Router).url).toBe('/forbidden');
  });
});
