import type { EntityManager } from 'typeorm';

export const JOB_NAMES = [
  'follow-up-reminders',
  'sla-warnings',
  'request-auto-close',
  'weekly-digest',
  'monthly-summary',
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** What a job gets: the scheduled instant it runs for (its "now") and the transaction it works in. */
export interface JobContext {
  readonly slot: Date;
  readonly manager: EntityManager;
}

/**
 * A scheduled job. A run works in one transaction: its emails go to the outbox and its marks (reminded
 * today, warned of this breach) commit together, or not at all.
 */
export interface ScheduledJob {
  readonly name: JobName;
  /** Cron expression in Europe/Helsinki. */
  readonly cron: string;
  /** Counts of what the run did, e.g. `{ emails: 3, followUps: 5 }`. */
  run(context: JobContext): Promise<Record<string, number>>;
}

export const SCHEDULED_JOBS = Symbol('SCHEDULED_JOBS');
