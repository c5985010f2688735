import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CoverageStore } from './coverage.store';
import { nationalDashboard, regionDashboard } from './testing/coverage-testing';

describe('CoverageStore', () => {
  let store: CoverageStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), CoverageStore],
    });
    store = TestBed.inject(CoverageStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows only the newest period asked for', () => {
    store.loadNational({ from: '2026-01-01', to: '2026-12-31' });
    const first = http.expectOne('/api/v1/dashboards/national?from=2026-01-01&to=2026-12-31');
    store.loadNational({ from: '2025-01-01', to: '2025-12-31' });

    expect(first.cancelled).toBe(true);
    expect(store.isLoading()).toBe(true);
    expect(store.national()).toBeNull();
    const dashboard = nationalDashboard();
    http.expectOne('/api/v1/dashboards/national?from=2025-01-01&to=2025-12-31').flush(dashboard);
    expect(store.national()).toEqual(dashboard);
    expect(store.isLoading()).toBe(false);
  });

  it.each([
    [404, 'notFound'],
    [403, 'forbidden'],
    [500, 'failed'],
    [0, 'failed'],
  ])('tells a %s answer as %s', (status, error) => {
    store.loadRegion('07', { from: '2026-01-01', to: '2026-12-31' });
    http
      .expectOne('/api/v1/dashboards/regions/07?from=2026-01-01&to=2026-12-31')
      .flush(null, { status, statusText: 'Error' });

    expect(store.error()).toBe(error);
    expect(store.region()).toBeNull();
  });

  it('loads a region', () => {
    store.loadRegion('07', { from: '2026-04-01', to: '2026-06-30' });
    http.expectOne('/api/v1/dashboards/regions/07?from=2026-04-01&to=2026-06-30').flush(regionDashboard());

    expect(store.region()?.names.fi).toBe('Päijät-Häme');
    expect(store.error()).toBeNull();
  });

  it('loads the map shapes once, and again after an error', () => {
    store.loadShapes();
    store.loadShapes();
    http.expectOne('/geo/regions.geojson').flush(null, { status: 500, statusText: 'Error' });
    expect(store.hasShapesError()).toBe(true);

    store.loadShapes();
    http.expectOne('/geo/regions.geojson').flush({ type: 'FeatureCollection', features: [] });
    expect(store.shapes()).toEqual({ type: 'FeatureCollection', features: [] });
    store.loadShapes();
  });
});
