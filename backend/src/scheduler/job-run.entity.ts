import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const JOB_RUN_TRIGGERS = ['schedule', 'catch_up', 'manual', 'baseline'] as const;
export type JobRunTrigger = (typeof JOB_RUN_TRIGGERS)[number];
export const JOB_RUN_STATUSES = ['running', 'succeeded', 'failed', 'skipped'] as const;
export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number];

/**
 * One run of a scheduled job. A scheduled slot (job, instant) has at most one run, whichever instance
 * inserts it first: the unique index is what makes a schedule run once with several API instances.
 */
@Entity({ name: 'job_runs' })
@Check('ck_job_runs_trigger', `"trigger" IN ('schedule', 'catch_up', 'manual', 'baseline')`)
@Check('ck_job_runs_status', `"status" IN ('running', 'succeeded', 'failed', 'skipped')`)
@Index('uq_job_runs_job_name_slot', ['jobName', 'slot'], { unique: true, where: `"trigger" <> 'manual'` })
@Index('ix_job_runs_job_name_started_at', ['jobName', 'startedAt'])
export class JobRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_job_runs' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  jobName: string;

  /** The scheduled instant this run is for (for a manual run: when it was asked for). */
  @Column({ type: 'timestamptz' })
  slot: Date;

  @Column({ type: 'varchar', length: 10 })
  trigger: JobRunTrigger;

  @Column({ type: 'varchar', length: 10 })
  status: JobRunStatus;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** What the run did, e.g. `{ "emails": 3 }`. */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, number> | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'uuid', nullable: true })
  triggeredByUserId: string | null;
}
