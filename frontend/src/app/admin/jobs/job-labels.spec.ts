import {
  describeResult,
  resultTexts,
  runStatusBadgeClass,
  scheduleKey,
  triggerKey,
  withRun,
} from './job-labels';
import { jobFixture, jobRunFixture } from './testing/job-fixtures';

describe('job labels', () => {
  it.each([
    ['follow-up-reminders', '0 7 * * *', 'admin.jobs.jobs.follow-up-reminders.schedule'],
    ['sla-warnings', '0 * * * *', 'admin.jobs.jobs.sla-warnings.schedule'],
    ['request-auto-close', '30 * * * *', 'admin.jobs.jobs.request-auto-close.schedule'],
    ['weekly-digest', '0 7 * * 1', 'admin.jobs.jobs.weekly-digest.schedule'],
    ['monthly-summary', '0 7 1 * *', 'admin.jobs.jobs.monthly-summary.schedule'],
    // A schedule changed on the server has no words until they are written for it.
    ['weekly-digest', '0 8 * * 1', null],
    ['sla-warnings', '*/15 * * * *', null],
  ] as const)('describes %s on %p in words: %p', (name, cron, expected) => {
    expect(scheduleKey({ name, cron })).toBe(expected);
  });

  it.each([
    ['schedule', 'admin.jobs.triggers.schedule'],
    ['catch_up', 'admin.jobs.triggers.catch_up'],
    ['manual', 'admin.jobs.triggers.manual'],
    ['baseline', 'admin.jobs.triggers.baseline'],
  ] as const)('names the %s trigger', (trigger, expected) => {
    expect(triggerKey(trigger)).toBe(expected);
  });

  it.each([
    ['succeeded', 'badge badge--positive'],
    ['failed', 'badge badge--warning'],
    ['skipped', 'badge badge--muted'],
    ['running', 'badge'],
  ] as const)('gives a %s run the badge %p', (status, expected) => {
    expect(runStatusBadgeClass(status)).toBe(expected);
  });

  it.each([
    [
      { followUps: 5, emails: 1 },
      'fi',
      ['admin.jobs.results.followUps.other:5', 'admin.jobs.results.emails.one:1'],
    ],
    [{ closed: 0 }, 'en', ['admin.jobs.results.closed.other:0']],
    [{ agents: 1500 }, 'fi', ['admin.jobs.results.agents.other:1\u00a0500']],
    [{ agents: 1500 }, 'en', ['admin.jobs.results.agents.other:1,500']],
    [{ retries: 2 }, 'en', ['admin.jobs.results.unknown:retries=2']],
    // Whatever order the API sends them in: what the job found first, the emails last, unknown ones after.
    [
      { emails: 2, retries: 1, warnings: 3 },
      'en',
      [
        'admin.jobs.results.warnings.other:3',
        'admin.jobs.results.emails.other:2',
        'admin.jobs.results.unknown:retries=1',
      ],
    ],
    [null, 'en', []],
  ])('puts the counters %p into words in %s', (result, locale, expected) => {
    const texts = resultTexts(result, locale).map(({ key, params }) =>
      params?.['name'] ? `${key}:${params['name']}=${params['count']}` : `${key}:${params?.['count']}`,
    );
    expect(texts).toEqual(expected);
  });

  it('joins the counters into one line, or says there were none', () => {
    const translate = (key: string, params?: Record<string, unknown>): string =>
      `${key.split('.').slice(-2).join('.')}(${params?.['count'] ?? ''})`;

    expect(describeResult({ warnings: 2, emails: 3 }, 'en', translate)).toBe(
      'warnings.other(2), emails.other(3)',
    );
    expect(describeResult({}, 'en', translate)).toBe('results.none()');
  });

  it('puts a new run first in the job’s runs and makes it the last run, keeping at most ten', () => {
    const older = Array.from({ length: 10 }, (_, index) => jobRunFixture({ id: `run-${index}` }));
    const run = jobRunFixture({ id: 'new', trigger: 'manual', result: { followUps: 0, emails: 0 } });

    const job = withRun(jobFixture({ lastRun: older[0], recentRuns: older }), run);

    expect(job.lastRun).toBe(run);
    expect(job.recentRuns.map((recent) => recent.id)).toEqual(['new', ...older.slice(0, 9).map((o) => o.id)]);
  });
});
