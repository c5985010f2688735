import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LanguageService } from '../core/i18n/language-service';
import { BalanceStore } from './balance.store';
import {
  DASHBOARD_URL,
  ELINA_ID,
  OLDEST_ID,
  REGIONS_URL,
  dashboardFixture,
  provideBalanceTranslocoTesting,
  queueItemFixture,
  regionsPage,
  requestFixture,
} from './testing/balance-testing';

const REQUEST_URL = `/api/v1/requests/${OLDEST_ID}`;
const ASSIGNMENT_URL = `${REQUEST_URL}/assignment`;

describe('BalanceStore', () => {
  let store: BalanceStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideBalanceTranslocoTesting(),
        BalanceStore,
      ],
    });
    store = TestBed.inject(BalanceStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function loaded(dashboard = dashboardFixture()): Promise<void> {
    const loading = store.load();
    http.expectOne(REGIONS_URL).flush(regionsPage());
    http.expectOne(DASHBOARD_URL).flush(dashboard);
    await loading;
  }

  it('loads the dashboard and names the regions in the interface language', async () => {
    await loaded();

    expect(store.isLoading()).toBe(false);
    expect(store.hasError()).toBe(false);
    expect(store.agents().map((agent) => [agent.name, agent.regions])).toEqual([
      ['Aino Lehtinen', ['Uusimaa']],
      ['Elina Pesonen', ['Pohjois-Pohjanmaa']],
      ['Ville Kangas', []],
    ]);
    // Alphabetical in Finnish (Ä after Z), not by code.
    expect(store.regionsWithoutAgent()).toEqual(['Pohjois-Savo', 'Päijät-Häme']);
    expect(store.queue().total).toBe(30);
    expect(store.regionName()('11')).toBe('Pohjois-Savo');

    await TestBed.inject(LanguageService).use('sv');
    expect(store.regionsWithoutAgent()).toEqual(['Norra Savolax', 'Päijänne-Tavastland']);
  });

  it('asks for the region names once, and shows codes while they are missing', async () => {
    const loading = store.load();
    http.expectOne(REGIONS_URL).flush({ title: 'Unavailable' }, { status: 503, statusText: 'Unavailable' });
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());
    await loading;
    expect(store.regionsWithoutAgent()).toEqual(['07', '11']);
    expect(store.hasError()).toBe(false);

    // The next load tries the names again; once they are there they are not asked for again.
    await loaded();
    expect(store.regionsWithoutAgent()).toEqual(['Pohjois-Savo', 'Päijät-Häme']);
    const again = store.load();
    http.expectNone(REGIONS_URL);
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());
    await again;
  });

  it('tells of a failed load, keeps what it showed and loads again', async () => {
    await loaded();
    const failing = store.load();
    http.expectOne(DASHBOARD_URL).flush({ title: 'Oops' }, { status: 500, statusText: 'Server Error' });
    await failing;
    expect(store.hasError()).toBe(true);
    expect(store.agents()).toHaveLength(3);

    const retrying = store.load();
    expect(store.hasError()).toBe(false);
    expect(store.isLoading()).toBe(true);
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());
    await retrying;
    expect(store.isLoading()).toBe(false);
  });

  it('keeps the newest answer when an older one comes last', async () => {
    await loaded();
    const first = store.load();
    const older = http.expectOne(DASHBOARD_URL);
    const second = store.load();
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture({ today: '2026-11-23' }));
    await second;
    older.flush(dashboardFixture({ today: '2026-11-21' }));
    await first;
    expect(store.dashboard()?.today).toBe('2026-11-23');
  });

  it('reads the request for its version, assigns it and then loads the dashboard again', async () => {
    await loaded();
    const reassigning = store.reassign(queueItemFixture(), { agentUserId: ELINA_ID, reason: 'Lähin vapaa' });

    http.expectOne({ method: 'GET', url: REQUEST_URL }).flush(requestFixture({ version: 7 }));
    await Promise.resolve();
    const assignment = http.expectOne({ method: 'POST', url: ASSIGNMENT_URL });
    expect(assignment.request.body).toEqual({ agentUserId: ELINA_ID, reason: 'Lähin vapaa', version: 7 });
    http.expectNone(DASHBOARD_URL);
    assignment.flush(
      requestFixture({
        status: 'assigned',
        assignedAgent: { userId: ELINA_ID, displayName: 'Elina Pesonen' },
        version: 8,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve));

    const after = dashboardFixture();
    after.agents[1] = { ...after.agents[1], openRequests: 4 };
    after.queue = { ...after.queue, total: 29, items: after.queue.items.slice(1) };
    http.expectOne(DASHBOARD_URL).flush(after);

    await expect(reassigning).resolves.toEqual({ kind: 'assigned', agentName: 'Elina Pesonen' });
    expect(store.queue().items.map((item) => item.number)).toEqual([592]);
    expect(store.agents()[1].openRequests).toBe(4);
  });

  it.each([
    [
      'assigned to somebody',
      requestFixture({
        status: 'assigned',
        assignedAgent: { userId: ELINA_ID, displayName: 'Elina Pesonen' },
      }),
      'Elina Pesonen',
    ],
    ['cancelled', requestFixture({ status: 'cancelled' }), null],
  ])('leaves a request that was %s meanwhile as it is, and reloads', async (_case, request, agentName) => {
    await loaded();
    const reassigning = store.reassign(queueItemFixture(), { agentUserId: ELINA_ID, reason: 'Lähin vapaa' });
    http.expectOne(REQUEST_URL).flush(request);
    await new Promise((resolve) => setTimeout(resolve));
    http.expectNone(ASSIGNMENT_URL);
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());
    await expect(reassigning).resolves.toEqual({ kind: 'notInQueue', agentName });
  });

  it('gives back the problem of a refused assignment and reloads after a conflict', async () => {
    await loaded();
    const reassigning = store.reassign(queueItemFixture(), { agentUserId: ELINA_ID, reason: 'Lähin vapaa' });
    http.expectOne(REQUEST_URL).flush(requestFixture());
    await Promise.resolve();
    http
      .expectOne(ASSIGNMENT_URL)
      .flush(
        { status: 409, code: 'STALE_VERSION', detail: 'The request was changed by someone else.' },
        { status: 409, statusText: 'Conflict' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne(DASHBOARD_URL).flush(dashboardFixture());

    const result = await reassigning;
    expect(result.kind).toBe('problem');
    expect(result.kind === 'problem' && [result.problem.code, result.problem.detail]).toEqual([
      'STALE_VERSION',
      'The request was changed by someone else.',
    ]);
  });

  it('does not reload after a refusal that leaves the queue as it is', async () => {
    await loaded();
    const reassigning = store.reassign(queueItemFixture(), { agentUserId: ELINA_ID, reason: 'x' });
    http.expectOne(REQUEST_URL).flush(requestFixture());
    await Promise.resolve();
    http.expectOne(ASSIGNMENT_URL).flush(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'reason', code: 'minLength', message: 'reason must be longer' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    const result = await reassigning;
    http.expectNone(DASHBOARD_URL);
    expect(result.kind === 'problem' && result.problem.errors.map((error) => error.field)).toEqual([
      'reason',
    ]);
  });
});
