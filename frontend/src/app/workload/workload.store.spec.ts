import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import { AGENT_ID, DASHBOARD_URL, OTHER_AGENT_ID, dashboardFixture } from './testing/workload-testing';
import { WorkloadStore, agentFromParams } from './workload.store';

describe('agentFromParams', () => {
  it.each([
    ['a coordinator asking for an agent', { agentId: AGENT_ID }, true, AGENT_ID],
    ['a coordinator asking for nobody', {}, true, null],
    ['a coordinator asking for something else', { agentId: 'not-a-uuid' }, true, null],
    ['an agent asking for another agent', { agentId: OTHER_AGENT_ID }, false, null],
  ])('reads %s', (_case, params, canChooseAgent, agent) => {
    expect(agentFromParams(convertToParamMap(params), canChooseAgent)).toBe(agent);
  });
});

describe('WorkloadStore', () => {
  let store: WorkloadStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), WorkloadStore],
    });
    store = TestBed.inject(WorkloadStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the caller’s own dashboard without naming an agent', async () => {
    const loading = store.load(null);
    expect(store.isLoading()).toBe(true);
    const request = http.expectOne((candidate) => candidate.url === DASHBOARD_URL);
    expect(request.request.params.keys()).toEqual([]);
    request.flush(dashboardFixture());
    await loading;

    expect(store.dashboard()?.openRequests.total).toBe(5);
    expect(store.isLoading()).toBe(false);
    expect(store.hasError()).toBe(false);
  });

  it('names the agent a coordinator asked for', async () => {
    const loading = store.load(AGENT_ID);
    const request = http.expectOne((candidate) => candidate.url === DASHBOARD_URL);
    expect(request.request.params.get('agentId')).toBe(AGENT_ID);
    request.flush(dashboardFixture());
    await loading;

    expect(store.agentId()).toBe(AGENT_ID);
  });

  it('shows the newest agent asked for, whichever answer comes last', async () => {
    const first = store.load(AGENT_ID);
    const second = store.load(OTHER_AGENT_ID);
    const [firstRequest, secondRequest] = http.match((candidate) => candidate.url === DASHBOARD_URL);
    secondRequest?.flush(dashboardFixture({ agentUserId: OTHER_AGENT_ID, displayName: 'Ville Varsinais' }));
    firstRequest?.flush(dashboardFixture());
    await Promise.all([first, second]);

    expect(store.dashboard()?.displayName).toBe('Ville Varsinais');
  });

  it('keeps the figures shown while the same agent’s are reloaded, and drops them for another', async () => {
    const loading = store.load(AGENT_ID);
    http.expectOne((candidate) => candidate.url === DASHBOARD_URL).flush(dashboardFixture());
    await loading;

    const reloading = store.reload();
    expect(store.dashboard()).not.toBeNull();
    http.expectOne((candidate) => candidate.url === DASHBOARD_URL).flush(dashboardFixture());
    await reloading;

    const other = store.load(OTHER_AGENT_ID);
    expect(store.dashboard()).toBeNull();
    http.expectOne((candidate) => candidate.url === DASHBOARD_URL).flush(dashboardFixture());
    await other;
  });

  it('keeps the problem of a failed load', async () => {
    const loading = store.load(AGENT_ID);
    http
      .expectOne((candidate) => candidate.url === DASHBOARD_URL)
      .flush({ status: 404, code: 'NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await loading;

    expect(store.hasError()).toBe(true);
    expect(store.problem()?.status).toBe(404);
    expect(store.isLoading()).toBe(false);
  });

  it('forgets what was shown', async () => {
    const loading = store.load(AGENT_ID);
    http.expectOne((candidate) => candidate.url === DASHBOARD_URL).flush(dashboardFixture());
    await loading;

    store.clear();

    expect(store.dashboard()).toBeNull();
    expect(store.agentId()).toBeNull();
  });
});
