import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import { FOLLOW_UP_BUCKETS } from './follow-up-options';
import { FollowUpsStore, queryFromParams, queryToParams } from './follow-ups.store';
import { AGENT_ID, followUpFixture, page, settle } from './testing/follow-ups-testing';

describe('FollowUpsStore', () => {
  let store: FollowUpsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), FollowUpsStore],
    });
    store = TestBed.inject(FollowUpsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function bucketRequests(): Record<string, ReturnType<HttpTestingController['match']>[number]> {
    const requests = http.match((request) => request.url === '/api/v1/follow-ups');
    return Object.fromEntries(requests.map((request) => [request.request.params.get('bucket'), request]));
  }

  it('loads each group on its own, so that its count is right beyond the page shown', async () => {
    const loading = store.load({ view: 'open', assignee: 'mine' });
    const requests = bucketRequests();
    expect(Object.keys(requests).sort()).toEqual([...FOLLOW_UP_BUCKETS].sort());
    for (const request of Object.values(requests)) {
      expect(request.request.params.get('mine')).toBe('true');
      expect(request.request.params.get('pageSize')).toBe('100');
      expect(request.request.params.has('assigneeUserId')).toBe(false);
    }
    requests['overdue'].flush(page([followUpFixture({ id: 'a', bucket: 'overdue' })], 130));
    requests['today'].flush(page([]));
    requests['thisWeek'].flush(page([followUpFixture({ id: 'b' }), followUpFixture({ id: 'c' })]));
    requests['later'].flush(page([]));
    await loading;

    expect(store.groups().map((group) => [group.bucket, group.items.length, group.total])).toEqual([
      ['overdue', 1, 130],
      ['today', 0, 0],
      ['thisWeek', 2, 2],
      ['later', 0, 0],
    ]);
    expect(store.hasNoOpen()).toBe(false);
    expect(store.isLoading()).toBe(false);
  });

  it.each([
    ['all', null, null],
    [AGENT_ID, null, AGENT_ID],
  ])('asks for the follow-ups of assignee %s', async (assignee, mine, assigneeUserId) => {
    const loading = store.load({ view: 'open', assignee });
    for (const request of Object.values(bucketRequests())) {
      expect(request.request.params.get('mine')).toBe(mine);
      expect(request.request.params.get('assigneeUserId')).toBe(assigneeUserId);
      request.flush(page([]));
    }
    await loading;
    expect(store.hasNoOpen()).toBe(true);
  });

  it('loads the newest done and cancelled ones for the closed view', async () => {
    const loading = store.load({ view: 'closed', assignee: 'mine' });
    const request = http.expectOne((candidate) => candidate.url === '/api/v1/follow-ups');
    expect(request.request.params.get('status')).toBe('done,cancelled');
    expect(request.request.params.get('sort')).toBe('-completedAt');
    expect(request.request.params.get('pageSize')).toBe('50');
    expect(request.request.params.get('mine')).toBe('true');
    request.flush(page([followUpFixture({ status: 'done', bucket: null })], 51));
    await loading;

    expect(store.closed().items).toHaveLength(1);
    expect(store.closed().total).toBe(51);
  });

  it('keeps the newest query when an older answer comes last', async () => {
    const first = store.load({ view: 'closed', assignee: 'mine' });
    const older = http.expectOne((candidate) => candidate.params.get('mine') === 'true');
    const second = store.load({ view: 'closed', assignee: 'all' });
    const newer = http.expectOne((candidate) => !candidate.params.has('mine'));
    newer.flush(page([followUpFixture({ id: 'newer', status: 'done' })]));
    await second;
    older.flush(page([followUpFixture({ id: 'older', status: 'done' })]));
    await first;

    expect(store.query().assignee).toBe('all');
    expect(store.closed().items.map((item) => item.id)).toEqual(['newer']);
  });

  it('tells of a failed load and loads again', async () => {
    const loading = store.load({ view: 'closed', assignee: 'mine' });
    http
      .expectOne((candidate) => candidate.url === '/api/v1/follow-ups')
      .flush({ title: 'Internal Server Error' }, { status: 500, statusText: 'Internal Server Error' });
    await loading;
    expect(store.hasError()).toBe(true);

    const reloading = store.reload();
    expect(store.hasError()).toBe(false);
    http.expectOne((candidate) => candidate.url === '/api/v1/follow-ups').flush(page([]));
    await reloading;
    await settle();
    expect(store.hasError()).toBe(false);
  });
});

describe('follow-up list query in the address', () => {
  it.each([
    [{}, true, { view: 'open', assignee: 'mine' }],
    [{ view: 'closed', assignee: 'all' }, true, { view: 'closed', assignee: 'all' }],
    [{ assignee: AGENT_ID }, true, { view: 'open', assignee: AGENT_ID }],
    // Agents see their own; an address with somebody else's is read as theirs.
    [{ assignee: 'all' }, false, { view: 'open', assignee: 'mine' }],
    [{ view: 'sideways', assignee: 'not-an-id' }, true, { view: 'open', assignee: 'mine' }],
  ])('reads %p (coordinator: %s) as %p', (params, canChooseAssignee, query) => {
    expect(queryFromParams(convertToParamMap(params), canChooseAssignee)).toEqual(query);
  });

  it('leaves the defaults out of the address', () => {
    expect(queryToParams({ view: 'open', assignee: 'mine' })).toEqual({ view: null, assignee: null });
    expect(queryToParams({ view: 'closed', assignee: 'all' })).toEqual({ view: 'closed', assignee: 'all' });
  });
});
