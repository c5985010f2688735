import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { settle } from '../../../testing/account-fixtures';
import { JobsStore } from './jobs.store';
import { jobFixture, jobRunFixture } from './testing/job-fixtures';

const DIGEST = jobFixture({
  name: 'weekly-digest',
  cron: '0 7 * * 1',
  lastRun: null,
  recentRuns: [
    jobRunFixture({
      id: 'baseline',
      jobName: 'weekly-digest',
      trigger: 'baseline',
      status: 'skipped',
      result: null,
    }),
  ],
});

describe('JobsStore', () => {
  let store: JobsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), JobsStore],
    });
    store = TestBed.inject(JobsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function flushList(body: unknown, init?: { status: number; statusText: string }): void {
    http.expectOne({ method: 'GET', url: '/api/v1/jobs' }).flush(body, init);
  }

  it('loads the jobs', async () => {
    const loading = store.load();
    expect(store.isLoading()).toBe(true);
    flushList([jobFixture(), DIGEST]);
    await loading;

    expect(store.isLoading()).toBe(false);
    expect(store.jobs().map((job) => job.name)).toEqual(['follow-up-reminders', 'weekly-digest']);
    expect(store.loadProblem()).toBeNull();
  });

  it('keeps the jobs shown and reports the problem when loading again fails', async () => {
    const first = store.load();
    flushList([jobFixture()]);
    await first;

    const second = store.load();
    flushList({ status: 403, code: 'FORBIDDEN' }, { status: 403, statusText: 'Forbidden' });
    await second;

    expect(store.jobs()).toHaveLength(1);
    expect(store.loadProblem()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(store.isLoading()).toBe(false);
  });

  it('shows only the newest load when two overlap', async () => {
    const older = store.load();
    const newer = store.load();
    const [first, second] = http.match({ method: 'GET', url: '/api/v1/jobs' });
    second.flush([DIGEST]);
    first.flush([jobFixture()]);
    await Promise.all([older, newer]);

    expect(store.jobs().map((job) => job.name)).toEqual(['weekly-digest']);
  });

  it('runs a job now: marks it running, shows the run in its row, then loads the jobs again', async () => {
    const loading = store.load();
    flushList([jobFixture(), DIGEST]);
    await loading;

    const running = store.run('weekly-digest');
    expect(store.runningNames()).toEqual(['weekly-digest']);
    const request = http.expectOne({ method: 'POST', url: '/api/v1/jobs/weekly-digest/run' });
    const run = jobRunFixture({
      id: 'manual-run',
      jobName: 'weekly-digest',
      trigger: 'manual',
      result: { agents: 15, emails: 15 },
    });
    request.flush(run);
    const outcome = await running;

    expect(outcome).toEqual({ run, problem: null });
    expect(store.runningNames()).toEqual([]);
    const digest = store.jobs().find((job) => job.name === 'weekly-digest');
    expect(digest?.lastRun).toEqual(run);
    expect(digest?.recentRuns.map((recent) => recent.id)).toEqual(['manual-run', 'baseline']);
    // The other job's row is untouched.
    expect(store.jobs()[0]).toEqual(jobFixture());

    const refreshed = { ...DIGEST, lastRun: run, recentRuns: [run], nextRunAt: '2026-03-09T05:00:00.000Z' };
    flushList([jobFixture(), refreshed]);
    await settle();
    expect(store.jobs()[1].nextRunAt).toBe('2026-03-09T05:00:00.000Z');
  });

  it('reports why the API refused to run the job and stops showing it as running', async () => {
    const running = store.run('sla-warnings');
    http
      .expectOne({ method: 'POST', url: '/api/v1/jobs/sla-warnings/run' })
      .flush(
        { status: 404, code: 'NOT_FOUND', detail: 'job sla-warnings not found' },
        { status: 404, statusText: 'Not Found' },
      );
    const outcome = await running;

    expect(outcome.run).toBeNull();
    expect(outcome.problem).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(store.runningNames()).toEqual([]);
    flushList([]);
  });
});
