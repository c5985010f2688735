import { TestBed } from '@angular/core/testing';
import { plain, provideCoverageTranslocoTesting } from '../testing/coverage-testing';
import { ExportLinks, nationalExportUrl } from './export-links';

describe('nationalExportUrl', () => {
  it.each([
    ['csv', '/api/v1/dashboards/national/export?format=csv&from=2026-04-01&to=2026-06-30'],
    ['xlsx', '/api/v1/dashboards/national/export?format=xlsx&from=2026-04-01&to=2026-06-30'],
  ] as const)('links the %s download of the period', (format, url) => {
    expect(nationalExportUrl(format, { from: '2026-04-01', to: '2026-06-30' })).toBe(url);
  });
});

describe('ExportLinks', () => {
  it('offers CSV and Excel downloads of the current period, and follows a new period', async () => {
    TestBed.configureTestingModule({ providers: [provideCoverageTranslocoTesting()] });
    const fixture = TestBed.createComponent(ExportLinks);
    fixture.componentRef.setInput('period', { from: '2026-01-01', to: '2026-12-31' });
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    const links = (): HTMLAnchorElement[] => Array.from(element.querySelectorAll('a'));
    expect(links().map((link) => [plain(link.textContent ?? ''), link.getAttribute('href')])).toEqual([
      ['Lataa CSV', '/api/v1/dashboards/national/export?format=csv&from=2026-01-01&to=2026-12-31'],
      ['Lataa Excel (XLSX)', '/api/v1/dashboards/national/export?format=xlsx&from=2026-01-01&to=2026-12-31'],
    ]);
    expect(links().every((link) => link.hasAttribute('download'))).toBe(true);

    fixture.componentRef.setInput('period', { from: '2025-10-01', to: '2025-12-31' });
    await fixture.whenStable();
    expect(links()[1].getAttribute('href')).toBe(
      '/api/v1/dashboards/national/export?format=xlsx&from=2025-10-01&to=2025-12-31',
    );
  });
});
