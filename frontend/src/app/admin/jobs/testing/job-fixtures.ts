import type { JobDto } from '../../../core/api/generated/models/job-dto';
import type { JobRunDto } from '../../../core/api/generated/models/job-run-dto';

export const RUN_ID = '3f2e1d0c-4b5a-4697-8877-665544332211';

export function jobRunFixture(overrides: Partial<JobRunDto> = {}): JobRunDto {
  return {
    id: RUN_ID,
    jobName: 'follow-up-reminders',
    trigger: 'schedule',
    status: 'succeeded',
    slot: '2026-03-02T05:00:00.000Z',
    startedAt: '2026-03-02T05:00:01.000Z',
    finishedAt: '2026-03-02T05:00:02.000Z',
    // In the order the API sends it (jsonb keys: shorter first), not the order the page names them in.
    result: { emails: 3, followUps: 5 },
    error: null,
    ...overrides,
  };
}

export function jobFixture(overrides: Partial<JobDto> = {}): JobDto {
  const lastRun = jobRunFixture();
  return {
    name: 'follow-up-reminders',
    cron: '0 7 * * *',
    nextRunAt: '2026-03-03T05:00:00.000Z',
    lastRun,
    recentRuns: [lastRun],
    ...overrides,
  };
}
