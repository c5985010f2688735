import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_REQUEST_QUERY,
  type RequestListQuery,
  activePreset,
  presetParams,
  queryFromParams,
  queryToParams,
} from './request-list-query';
import { RequestsStore } from './requests.store';
import { UNIT_ID, listItemFixture } from './testing/requests-testing';

describe('RequestsStore', () => {
  let store: RequestsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RequestsStore],
    });
    store = TestBed.inject(RequestsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function expectList(): TestRequest {
    return http.expectOne((request) => request.method === 'GET' && request.url === '/api/v1/requests');
  }

  function paramsOf(request: TestRequest): Record<string, string | null> {
    const params = request.request.params;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
  }

  it('loads the first page in the server default order when the address has no query', () => {
    store.applyUrl(convertToParamMap({}));
    const request = expectList();

    expect(paramsOf(request)).toEqual({ page: '1', pageSize: '25' });
    request.flush({ items: [listItemFixture()], total: 1, page: 1, pageSize: 25 });
    expect(store.items()).toEqual([listItemFixture()]);
    expect(store.isLoading()).toBe(false);
  });

  it('sends every filter of the address', () => {
    store.applyUrl(
      convertToParamMap({
        status: 'resolved,new',
        open: 'true',
        slaState: 'breached',
        queue: 'true',
        regionCode: '07',
        agentUserId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        themeCode: 'circular_economy',
        unitId: UNIT_ID,
        createdFrom: '2026-01-01',
        createdTo: '2026-06-30',
        q: '#1042',
        sort: 'resolutionDueAt',
        page: '2',
        pageSize: '100',
      }),
    );

    expect(paramsOf(expectList())).toEqual({
      status: 'new,resolved',
      open: 'true',
      slaState: 'breached',
      queue: 'true',
      regionCode: '07',
      agentUserId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      themeCode: 'circular_economy',
      unitId: UNIT_ID,
      createdFrom: '2026-01-01',
      createdTo: '2026-06-30',
      q: '#1042',
      sort: 'resolutionDueAt',
      page: '2',
      pageSize: '100',
    });
  });

  it.each([
    ['an unknown status', { status: 'lost' }],
    ['an unknown service level', { slaState: 'met' }],
    ['an agent that is no id', { agentUserId: 'aino' }],
    ['a malformed region', { regionCode: 'Uusimaa' }],
    ['a one-digit region', { regionCode: '1' }],
    ['a lower-case region', { regionCode: 'se110' }],
    ['an unknown order', { sort: 'title' }],
    ['a page size not offered', { pageSize: '1000' }],
    ['a malformed date', { createdFrom: '1.1.2026' }],
    ['a queue that is not true', { queue: 'yes' }],
  ])('leaves out %s', (_description, params) => {
    store.applyUrl(convertToParamMap(params));

    expect(paramsOf(expectList())).toEqual({ page: '1', pageSize: '25' });
  });

  it('sends a NUTS-3-like region code of the address', () => {
    store.applyUrl(convertToParamMap({ regionCode: 'SE110' }));

    expect(paramsOf(expectList())).toEqual({ regionCode: 'SE110', page: '1', pageSize: '25' });
  });

  it('starts again from the first page when a filter changes', () => {
    store.applyUrl(convertToParamMap({ q: 'hanke', page: '4', sort: '-number' }));
    expectList().flush({ items: [], total: 0, page: 4, pageSize: 25 });

    expect(store.urlParams({ statuses: ['in_progress'] })).toEqual({
      q: 'hanke',
      status: 'in_progress',
      sort: '-number',
    });
    expect(store.urlParams({ page: 5 })).toEqual({ q: 'hanke', sort: '-number', page: '5' });
  });

  it('builds the export links from the same filters and order, without paging', () => {
    store.applyUrl(convertToParamMap({ open: 'true', regionCode: '01', sort: '-number', page: '3' }));
    expectList().flush({ items: [], total: 0, page: 3, pageSize: 25 });

    expect(store.csvUrl()).toBe('/api/v1/exports/requests?format=csv&open=true&regionCode=01&sort=-number');
    expect(store.xlsxUrl()).toBe('/api/v1/exports/requests?format=xlsx&open=true&regionCode=01&sort=-number');
  });

  it('reports a failed load and loads again on retry', () => {
    store.applyUrl(convertToParamMap({}));
    expectList().flush(null, { status: 500, statusText: 'Server Error' });
    expect(store.hasError()).toBe(true);

    store.load();
    expectList().flush({ items: [], total: 0, page: 1, pageSize: 25 });
    expect(store.hasError()).toBe(false);
  });
});

describe('the requests list query in the address', () => {
  it('round-trips every filter through the query parameters', () => {
    const query: RequestListQuery = {
      ...DEFAULT_REQUEST_QUERY,
      q: 'kierto',
      statuses: ['assigned', 'waiting_for_unit'],
      isOpenOnly: true,
      slaState: 'atRisk',
      isQueueOnly: true,
      regionCode: '12',
      agentUserId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      themeCode: 'circular_economy',
      unitId: UNIT_ID,
      createdFrom: '2026-02-01',
      createdTo: '2026-02-28',
      sort: '-firstResponseDueAt',
      page: 3,
      pageSize: 50,
    };

    expect(queryFromParams(convertToParamMap(queryToParams(query)))).toEqual(query);
    expect(queryToParams(DEFAULT_REQUEST_QUERY)).toEqual({});
  });

  it.each([
    [{ isOpenOnly: true }, 'open'],
    [{ isQueueOnly: true }, 'queue'],
    [{ slaState: 'atRisk' as const }, 'atRisk'],
    [{ slaState: 'breached' as const, sort: 'number' as const, page: 2 }, 'breached'],
    [{}, 'all'],
    [{ slaState: 'breached' as const, regionCode: '01' }, null],
  ])('knows the quick view of %p', (changes, preset) => {
    expect(activePreset({ ...DEFAULT_REQUEST_QUERY, ...changes })).toBe(preset);
  });

  it('links a quick view to its filters only, keeping the page size', () => {
    expect(presetParams('queue', 25)).toEqual({ queue: 'true' });
    expect(presetParams('all', 100)).toEqual({ pageSize: '100' });
  });
});
