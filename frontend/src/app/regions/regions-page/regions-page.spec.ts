import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { REGION_DTOS, fakeRegionShapes } from '../../../testing/region-fixtures';
import { provideTranslocoTesting } from '../../../testing/transloco-testing';
import { LanguageService } from '../../core/i18n/language-service';
import { REGIONS_ROUTES } from '../regions.routes';

describe('RegionsPage', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        provideRouter([{ path: 'regions', children: REGIONS_ROUTES }], withComponentInputBinding()),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  async function open(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    const http = TestBed.inject(HttpTestingController);
    http
      .expectOne('/api/v1/regions?pageSize=100')
      .flush({ items: REGION_DTOS, total: 19, page: 1, pageSize: 100 });
    http.expectOne('/geo/regions.geojson').flush(fakeRegionShapes());
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  function rowOf(page: HTMLElement, code: string): HTMLTableRowElement {
    const row = page.querySelector<HTMLTableRowElement>(`tbody tr[data-code="${code}"]`);
    if (!row) {
      throw new Error(`no row for region ${code}`);
    }
    return row;
  }

  it('lists the regions in a table with names in every language', async () => {
    const page = await open('/regions');

    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('table caption')?.textContent?.trim()).toBe('Suomen maakunnat');
    expect(
      Array.from(page.querySelectorAll('thead th[scope="col"]')).map((th) => th.textContent?.trim()),
    ).toEqual(['Koodi', 'Nimi', 'NUTS 3']);
    expect(page.querySelectorAll('tbody tr')).toHaveLength(19);
    const uusimaa = rowOf(page, '02').textContent?.replace(/\s+/g, ' ');
    expect(uusimaa).toContain('Varsinais-Suomi');
    expect(uusimaa).toContain('Egentliga Finland');
    expect(uusimaa).toContain('Southwest Finland');
    expect(uusimaa).toContain('FI1C1');
  });

  it('describes the map by the table', async () => {
    const page = await open('/regions');
    const describedBy = page.querySelector('svg')?.getAttribute('aria-describedby') ?? '';

    expect(page.querySelector(`#${describedBy}`)?.closest('table')).not.toBeNull();
  });

  it('selects the region given in the address on the map and in the table', async () => {
    const page = await open('/regions?region=11');

    expect(rowOf(page, '11').classList).toContain('is-selected');
    expect(page.querySelector('path.region[data-code="11"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(page.querySelector('.selection')?.textContent).toContain('Pohjois-Savo');
  });

  it('puts a region selected in the table into the address', async () => {
    const page = await open('/regions');

    rowOf(page, '21').querySelector('button')?.click();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/regions?region=21');
    expect(rowOf(page, '21').classList).toContain('is-selected');
    expect(page.querySelector('path.region[data-code="21"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the names in the current language', async () => {
    const page = await open('/regions');

    await TestBed.inject(LanguageService).use('sv');
    await harness.fixture.whenStable();

    expect(rowOf(page, '01').querySelector('button')?.textContent?.trim()).toBe('Nyland');
    expect(page.querySelector('path.region[data-code="01"]')?.getAttribute('aria-label')).toBe(
      'Nyland, NUTS 3 FI1B1',
    );
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Landskap');
  });
});
