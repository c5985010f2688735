import type { JobDto } from '../../core/api/generated/models/job-dto';
import type { JobRunDto } from '../../core/api/generated/models/job-run-dto';

export type JobName = JobDto['name'];
export type JobRunStatus = JobRunDto['status'];
export type JobRunTrigger = JobRunDto['trigger'];

// The schedules the words under admin.jobs.jobs.*.schedule describe (backend/src/scheduler/jobs). A changed
// cron shows only the expression until its words are updated here, rather than words that are wrong.
const DESCRIBED_SCHEDULES: Readonly<Record<JobName, string>> = {
  'follow-up-reminders': '0 7 * * *',
  'sla-warnings': '0 * * * *',
  'request-auto-close': '30 * * * *',
  'weekly-digest': '0 7 * * 1',
  'monthly-summary': '0 7 1 * *',
};

// The counters the jobs report, in the order they are told: what the job found, then the emails it wrote. The
// API's order is not kept (the run is stored as jsonb). A new counter shows its own name, last, until named here.
const KNOWN_RESULT_COUNTERS: readonly string[] = ['followUps', 'warnings', 'closed', 'agents', 'emails'];

function counterRank(counter: string): number {
  const rank = KNOWN_RESULT_COUNTERS.indexOf(counter);
  return rank === -1 ? KNOWN_RESULT_COUNTERS.length : rank;
}

/** A translated piece of text: the key and its placeholders. */
export interface TranslatedText {
  key: string;
  params?: Record<string, unknown>;
}

/** The translation key of one of a job's texts: its `name`, `description` or Run now `confirm` message. */
export function jobTextKey(name: JobName, text: 'name' | 'description' | 'confirm'): string {
  return `admin.jobs.jobs.${name}.${text}`;
}

/** The schedule in words, or null when the cron is not the one those words describe. */
export function scheduleKey(job: Pick<JobDto, 'name' | 'cron'>): string | null {
  return DESCRIBED_SCHEDULES[job.name] === job.cron.trim() ? `admin.jobs.jobs.${job.name}.schedule` : null;
}

export function triggerKey(trigger: JobRunTrigger): string {
  return `admin.jobs.triggers.${trigger}`;
}

export function runStatusKey(status: JobRunStatus): string {
  return `admin.jobs.statuses.${status}`;
}

/** The badge's look; the status is always also written out, never shown by colour alone. */
export function runStatusBadgeClass(status: JobRunStatus): string {
  switch (status) {
    case 'succeeded':
      return 'badge badge--positive';
    case 'failed':
      return 'badge badge--warning';
    case 'skipped':
      return 'badge badge--muted';
    default:
      return 'badge';
  }
}

/** A run's counters in words ("5 follow-ups due", "3 emails"), the counts in the locale's number format. */
export function resultTexts(result: JobRunDto['result'], locale: string): TranslatedText[] {
  const numbers = new Intl.NumberFormat(locale);
  const counters = Object.entries(result ?? {}).sort(
    ([first], [second]) => counterRank(first) - counterRank(second),
  );
  return counters.map(([counter, value]) => {
    const count = numbers.format(value);
    if (!KNOWN_RESULT_COUNTERS.includes(counter)) {
      return { key: 'admin.jobs.results.unknown', params: { name: counter, count } };
    }
    return { key: `admin.jobs.results.${counter}.${value === 1 ? 'one' : 'other'}`, params: { count } };
  });
}

/** A run's counters as one line of text ("5 follow-ups due, 3 emails"). */
export function describeResult(
  result: JobRunDto['result'],
  locale: string,
  translate: (key: string, params?: Record<string, unknown>) => string,
): string {
  const texts = resultTexts(result, locale);
  return texts.length
    ? texts.map((text) => translate(text.key, text.params)).join(', ')
    : translate('admin.jobs.results.none');
}

/** The job with a run it has just made: its last run and the first of its recent runs (at most ten). */
export function withRun(job: JobDto, run: JobRunDto): JobDto {
  return {
    ...job,
    lastRun: run.trigger === 'baseline' ? job.lastRun : run,
    recentRuns: [run, ...job.recentRuns.filter((recent) => recent.id !== run.id)].slice(0, 10),
  };
}
