import { type HttpRequest, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import { ActivitiesStore } from './activities.store';
import { DEFAULT_ACTIVITY_QUERY, queryFromParams, queryToParams } from './activity-list-query';
import {
  ACTIVITY_ID,
  OTHER_AGENT_ID,
  TEST_TODAY,
  UNIT_ID,
  activityFixture,
  page,
  summaryFixture,
} from './testing/activities-testing';
import { TODAY } from './today';

const LIST = '/api/v1/activities';
const SUMMARY = '/api/v1/activities/summary';

describe('ActivitiesStore', () => {
  let store: ActivitiesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        ActivitiesStore,
        { provide: TODAY, useValue: () => TEST_TODAY },
      ],
    });
    store = TestBed.inject(ActivitiesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function paramsOfRequest(request: HttpRequest<unknown>): Record<string, string | null> {
    const params = request.params;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
  }

  function paramsOf(request: TestRequest): Record<string, string | null> {
    return paramsOfRequest(request.request);
  }

  function expectGet(url: string, match?: (params: Record<string, string | null>) => boolean): TestRequest {
    return http.expectOne(
      (request) =>
        request.method === 'GET' && request.url === url && (!match || match(paramsOfRequest(request))),
    );
  }

  /** The three requests of a first load: the page, the filtered totals and this month's totals. */
  function expectFirstLoad(): { list: TestRequest; summary: TestRequest; month: TestRequest } {
    const list = expectGet(LIST);
    const month = expectGet(
      SUMMARY,
      (params) => params['from'] === '2026-11-01' && params['to'] === TEST_TODAY,
    );
    const summary = expectGet(
      SUMMARY,
      (params) => params['to'] !== TEST_TODAY || params['from'] !== '2026-11-01',
    );
    return { list, summary, month };
  }

  it('loads the caller’s own entries, their totals and this month’s hours when the address has no query', () => {
    store.applyUrl(convertToParamMap({}));
    const { list, summary, month } = expectFirstLoad();

    expect(paramsOf(list)).toEqual({ page: '1', pageSize: '25', mine: 'true' });
    expect(paramsOf(summary)).toEqual({ mine: 'true' });
    expect(paramsOf(month)).toEqual({ mine: 'true', from: '2026-11-01', to: TEST_TODAY });
    list.flush(page([activityFixture()], 31));
    summary.flush(summaryFixture());
    month.flush(summaryFixture({ minutes: 90 }));

    expect(store.items()).toEqual([activityFixture()]);
    expect(store.total()).toBe(31);
    expect(store.summary()?.count).toBe(12);
    expect(store.month()?.minutes).toBe(90);
    expect(store.isLoading()).toBe(false);
  });

  it('sends every filter of the address to the list and the totals, and only the owner to the month', () => {
    store.applyUrl(
      convertToParamMap({
        agent: OTHER_AGENT_ID,
        from: '2026-01-01',
        to: '2026-06-30',
        type: 'workshop,advice_call,nonsense',
        themeCode: 'circular_economy',
        unitId: UNIT_ID,
        page: '2',
        pageSize: '50',
      }),
    );
    const list = expectGet(LIST);
    const month = expectGet(SUMMARY, (params) => params['to'] === TEST_TODAY);
    const summary = expectGet(SUMMARY, (params) => params['to'] === '2026-06-30');
    const filters = {
      agentUserId: OTHER_AGENT_ID,
      type: 'advice_call,workshop',
      themeCode: 'circular_economy',
      unitId: UNIT_ID,
      from: '2026-01-01',
      to: '2026-06-30',
    };

    expect(paramsOf(list)).toEqual({ page: '2', pageSize: '50', ...filters });
    expect(paramsOf(summary)).toEqual(filters);
    expect(paramsOf(month)).toEqual({ agentUserId: OTHER_AGENT_ID, from: '2026-11-01', to: TEST_TODAY });
  });

  it('asks for everybody’s entries in scope with agent=all', () => {
    store.applyUrl(convertToParamMap({ agent: 'all' }));
    const { list } = expectFirstLoad();

    expect(paramsOf(list)).toEqual({ page: '1', pageSize: '25' });
  });

  it('loads only the page when just the page changes, and the totals again when a filter changes', () => {
    store.applyUrl(convertToParamMap({}));
    expectFirstLoad();

    store.applyUrl(convertToParamMap({ page: '2' }));
    expect(paramsOf(expectGet(LIST))).toEqual({ page: '2', pageSize: '25', mine: 'true' });
    // http.verify(): no totals asked for again.

    store.applyUrl(convertToParamMap({ type: 'meeting' }));
    expect(paramsOf(expectGet(LIST))).toEqual({ page: '1', pageSize: '25', mine: 'true', type: 'meeting' });
    expect(paramsOf(expectGet(SUMMARY))).toEqual({ mine: 'true', type: 'meeting' });
    // The month's hours are the owner's whatever the filters: not asked for again either.
  });

  it('does not load again for the address it already shows', () => {
    store.applyUrl(convertToParamMap({ type: 'meeting' }));
    expectFirstLoad();

    store.applyUrl(convertToParamMap({ type: 'meeting' }));
  });

  it('deletes an entry and loads the page and every total again', async () => {
    store.applyUrl(convertToParamMap({}));
    const first = expectFirstLoad();
    first.list.flush(page([activityFixture()]));

    const removing = store.remove(activityFixture());
    http.expectOne({ method: 'DELETE', url: `${LIST}/${ACTIVITY_ID}` }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });

    await expect(removing).resolves.toBeNull();
    expectFirstLoad();
  });

  it('gives the problem when the delete is refused and loads nothing again', async () => {
    store.applyUrl(convertToParamMap({}));
    expectFirstLoad();

    const removing = store.remove(activityFixture());
    http
      .expectOne({ method: 'DELETE', url: `${LIST}/${ACTIVITY_ID}` })
      .flush({ code: 'FORBIDDEN' }, { status: 403, statusText: 'Forbidden' });

    await expect(removing).resolves.toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('shows the failure of the list and tries again on load', () => {
    store.applyUrl(convertToParamMap({}));
    expectFirstLoad().list.flush({}, { status: 500, statusText: 'Server Error' });
    expect(store.hasError()).toBe(true);

    store.load();
    expectGet(LIST).flush(page([]));
    expect(store.hasError()).toBe(false);
  });

  it('keeps links short: only what differs from the defaults goes into the address', () => {
    expect(queryToParams(DEFAULT_ACTIVITY_QUERY)).toEqual({});
    const params = {
      agent: 'all',
      from: '2026-01-01',
      type: 'advice_call,meeting',
      unitId: UNIT_ID,
      page: '3',
    };
    expect(queryToParams(queryFromParams(convertToParamMap(params)))).toEqual(params);
  });

  it('starts a changed filter from the first page', () => {
    store.applyUrl(convertToParamMap({ page: '4' }));
    expectFirstLoad();

    expect(store.urlParams({ themeCode: 'circular_economy' })).toEqual({ themeCode: 'circular_economy' });
    expect(store.urlParams({ page: 5 })).toEqual({ page: '5' });
  });
});
