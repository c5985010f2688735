import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import { unitFixture } from './testing/units-testing';
import { DEFAULT_UNIT_QUERY, queryFromParams, queryToParams } from './unit-list-query';
import { UnitsStore } from './units.store';

describe('UnitsStore', () => {
  let store: UnitsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), UnitsStore],
    });
    store = TestBed.inject(UnitsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function expectList(): TestRequest {
    return http.expectOne((request) => request.method === 'GET' && request.url === '/api/v1/units');
  }

  function paramsOf(request: TestRequest): Record<string, string | null> {
    const params = request.request.params;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
  }

  function page(total = 1): object {
    return { items: [unitFixture()], total, page: 1, pageSize: 25 };
  }

  it('loads the first page with the server default order when the address has no query', () => {
    store.applyUrl(convertToParamMap({}));
    const request = expectList();

    expect(paramsOf(request)).toEqual({ page: '1', pageSize: '25' });
    expect(store.isLoading()).toBe(true);
    request.flush(page(31));

    expect(store.isLoading()).toBe(false);
    expect(store.items()).toEqual([unitFixture()]);
    expect(store.total()).toBe(31);
  });

  it('sends the search, filters, period, sort and page found in the address', () => {
    store.applyUrl(
      convertToParamMap({
        q: 'helsin',
        regionCode: '01',
        type: 'municipality',
        isActive: 'true',
        reached: 'false',
        from: '2026-01-01',
        to: '2026-06-30',
        sort: '-estimatedAnnualSpend',
        page: '3',
        pageSize: '50',
      }),
    );

    expect(paramsOf(expectList())).toEqual({
      q: 'helsin',
      regionCode: '01',
      type: 'municipality',
      isActive: 'true',
      reached: 'false',
      from: '2026-01-01',
      to: '2026-06-30',
      sort: '-estimatedAnnualSpend',
      page: '3',
      pageSize: '50',
    });
  });

  it.each([
    ['an unknown type', { type: 'company' }],
    ['a malformed region', { regionCode: 'Uusimaa' }],
    ['a one-digit region', { regionCode: '1' }],
    ['a lower-case region', { regionCode: 'de111' }],
    ['an unknown sort', { sort: 'createdAt' }],
    ['a page size not offered', { pageSize: '1000' }],
    ['a non-numeric page', { page: 'last' }],
    ['a period without a reach filter', { from: '2026-01-01', to: '2026-06-30' }],
    ['a malformed date', { reached: 'true', from: '1.1.2026' }],
    ['an unknown boolean', { isActive: 'yes' }],
  ])('leaves out %s', (_description, params) => {
    store.applyUrl(convertToParamMap(params));

    const sent = paramsOf(expectList());
    expect(sent).toEqual({ page: '1', pageSize: '25', ...('reached' in params ? { reached: 'true' } : {}) });
  });

  it('sends a NUTS-3-like region code of the address', () => {
    store.applyUrl(convertToParamMap({ regionCode: 'DE111' }));

    expect(paramsOf(expectList())).toEqual({ regionCode: 'DE111', page: '1', pageSize: '25' });
  });

  it('does not load again when the address names the query already shown', () => {
    store.applyUrl(convertToParamMap({ q: 'espoo' }));
    expectList().flush(page());

    store.applyUrl(convertToParamMap({ q: 'espoo' }));

    // http.verify() in afterEach fails on a second request.
    expect(store.query().q).toBe('espoo');
  });

  it('uses only the answer to the newest query', () => {
    store.applyUrl(convertToParamMap({ q: 'hel' }));
    store.applyUrl(convertToParamMap({ q: 'helsinki' }));

    const [older, newer] = http.match((request) => request.url === '/api/v1/units');
    expect(older?.cancelled).toBe(true);
    newer?.flush(page(1));

    expect(store.total()).toBe(1);
  });

  it('reports a failed load and loads again on retry', () => {
    store.applyUrl(convertToParamMap({}));
    expectList().flush(null, { status: 500, statusText: 'Server Error' });

    expect(store.hasError()).toBe(true);
    store.load();
    expectList().flush(page());
    expect(store.hasError()).toBe(false);
  });

  it('puts a changed filter into the address, starting again from the first page', () => {
    store.applyUrl(convertToParamMap({ q: 'oulu', page: '4', sort: 'businessId' }));
    expectList().flush(page());

    expect(store.urlParams({ regionCode: '17' })).toEqual({
      q: 'oulu',
      regionCode: '17',
      sort: 'businessId',
    });
    expect(store.urlParams({ page: 5 })).toEqual({ q: 'oulu', sort: 'businessId', page: '5' });
    expect(store.urlParams({ q: '' })).toEqual({ sort: 'businessId' });
  });

  it('builds the export links from the same filters and sort, without paging', () => {
    store.applyUrl(
      convertToParamMap({ q: 'kunta', regionCode: '02', isActive: 'false', sort: '-name', page: '2' }),
    );
    expectList().flush(page());

    expect(store.csvUrl()).toBe(
      '/api/v1/exports/units?format=csv&q=kunta&regionCode=02&isActive=false&sort=-name',
    );
    expect(store.xlsxUrl()).toBe(
      '/api/v1/exports/units?format=xlsx&q=kunta&regionCode=02&isActive=false&sort=-name',
    );
  });
});

describe('the list query in the address', () => {
  it('round-trips every filter through the query parameters', () => {
    const query = {
      ...DEFAULT_UNIT_QUERY,
      q: 'vantaa',
      regionCode: '01',
      type: 'wellbeing_services_county' as const,
      isActive: false,
      reached: true,
      from: '2026-01-01',
      to: '2026-03-31',
      sort: 'updatedAt' as const,
      page: 2,
      pageSize: 100,
    };

    expect(queryFromParams(convertToParamMap(queryToParams(query)))).toEqual(query);
  });

  it('keeps the defaults out of the address', () => {
    expect(queryToParams(DEFAULT_UNIT_QUERY)).toEqual({});
  });
});
