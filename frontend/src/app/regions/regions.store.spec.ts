import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { REGION_DTOS, fakeRegionShapes } from '../../testing/region-fixtures';
import { RegionsStore } from './regions.store';

describe('RegionsStore', () => {
  let store: RegionsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RegionsStore],
    });
    store = TestBed.inject(RegionsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function flushRegions(): void {
    http
      .expectOne({ method: 'GET', url: '/api/v1/regions?pageSize=100' })
      .flush({ items: REGION_DTOS, total: 19, page: 1, pageSize: 100 });
  }

  function flushShapes(): void {
    http.expectOne({ method: 'GET', url: '/geo/regions.geojson' }).flush(fakeRegionShapes());
  }

  it('loads the regions and their shapes', () => {
    expect(store.regions()).toEqual([]);

    store.load();
    expect(store.isLoading()).toBe(true);
    flushRegions();
    flushShapes();

    expect(store.isLoading()).toBe(false);
    expect(store.hasError()).toBe(false);
    expect(store.regions()).toHaveLength(19);
    expect(store.regions()[0]).toEqual({
      code: '01',
      nuts3Code: 'FI1B1',
      names: { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' },
    });
    expect(store.shapes()?.features).toHaveLength(19);
  });

  it('loads only once', () => {
    store.load();
    store.load();
    flushRegions();
    flushShapes();

    store.load();

    // http.verify() in afterEach fails on any further request.
    expect(store.regions()).toHaveLength(19);
  });

  it('reports a failed load and loads again on retry', () => {
    store.load();
    http.expectOne('/api/v1/regions?pageSize=100').flush(null, { status: 500, statusText: 'Server Error' });
    expect(http.expectOne('/geo/regions.geojson').cancelled).toBe(true);

    expect(store.hasError()).toBe(true);
    expect(store.isLoading()).toBe(false);
    expect(store.regions()).toEqual([]);

    store.load();
    expect(store.hasError()).toBe(false);
    flushRegions();
    flushShapes();

    expect(store.regions()).toHaveLength(19);
  });
});
