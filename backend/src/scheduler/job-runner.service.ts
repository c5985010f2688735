import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { CronJob } from 'cron';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/principal';
import { RecordNotFoundError } from '../common/errors/domain-error';
import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { JobDto, JobRunDto } from './dto/job.dto';
import { JobRunEntity, type JobRunTrigger } from './job-run.entity';
import { latestSlotBetween, nextSlotAfter } from './job-schedule';
import { type JobName, SCHEDULED_JOBS, type ScheduledJob } from './scheduled-job';

/** How far back a first start looks for the slot it records as its baseline (covers a monthly job). */
const BASELINE_LOOKBACK_MS = 32 * 24 * 3_600_000;
/** How far back a cron tick looks for the slot it fires for (ticks come within seconds of it). */
const TICK_LOOKBACK_MS = 10 * 60_000;

function toRunDto(run: JobRunEntity): JobRunDto {
  return {
    id: run.id,
    jobName: run.jobName as JobName,
    trigger: run.trigger,
    status: run.status,
    slot: run.slot.toISOString(),
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    result: run.result,
    error: run.error,
  };
}

/**
 * Runs the scheduled jobs (Europe/Helsinki) once per slot however many API instances run: the instance that
 * inserts the (job, slot) row into `job_runs` runs it, the others' inserts conflict and they skip. At start,
 * a slot missed while no instance ran is caught up once, the same way. Coordinators can also run a job now.
 */
@Injectable()
export class JobRunnerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunnerService.name);
  private readonly jobs: ReadonlyMap<JobName, ScheduledJob>;
  private catchingUp?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: SchedulerRegistry,
    @Inject(SCHEDULED_JOBS) jobs: readonly ScheduledJob[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.jobs = new Map(jobs.map((job) => [job.name, job]));
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) {
      return;
    }
    for (const job of this.jobs.values()) {
      const cronJob = CronJob.from({
        cronTime: job.cron,
        timeZone: HELSINKI_TIME_ZONE,
        onTick: () => void this.tick(job.name, new Date()),
        start: true,
      });
      this.registry.addCronJob(job.name, cronJob);
    }
    // In the background: being ready to serve does not wait for a missed digest to be written.
    this.catchingUp = this.catchUp(new Date()).catch((error: unknown) =>
      this.logger.error(`Catching up missed jobs failed: ${String(error)}`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    for (const name of this.registry.getCronJobs().keys()) {
      this.registry.deleteCronJob(name);
    }
    await this.catchingUp;
  }

  /** Settles when the catch-up started at boot has finished (for tests and orderly shutdown). */
  async caughtUp(): Promise<void> {
    await this.catchingUp;
  }

  /** A cron tick: runs the job for the slot just reached, unless another instance already claimed it. */
  async tick(name: JobName, now: Date): Promise<JobRunDto | null> {
    const slot = latestSlotBetween(this.jobOf(name).cron, new Date(now.getTime() - TICK_LOOKBACK_MS), now);
    return slot ? this.runSlot(name, slot, 'schedule') : null;
  }

  /**
   * For every job, the latest slot missed since its last scheduled run is run once. A job that never ran
   * records its latest slot as a baseline instead, so a fresh installation does not send old digests.
   */
  async catchUp(now: Date): Promise<void> {
    for (const job of this.jobs.values()) {
      const last = await this.dataSource
        .getRepository(JobRunEntity)
        .createQueryBuilder('run')
        .where('run.jobName = :name', { name: job.name })
        .andWhere(`run.trigger <> 'manual'`)
        .orderBy('run.slot', 'DESC')
        .getOne();
      if (!last) {
        const baseline = latestSlotBetween(job.cron, new Date(now.getTime() - BASELINE_LOOKBACK_MS), now);
        if (baseline) {
          await this.claim(job.name, baseline, 'baseline', 'skipped');
        }
        continue;
      }
      const missed = latestSlotBetween(job.cron, last.slot, now);
      if (missed) {
        await this.runSlot(job.name, missed, 'catch_up');
      }
    }
  }

  /** Runs the job once for the slot; null when another run already has the slot. */
  async runSlot(name: JobName, slot: Date, trigger: 'schedule' | 'catch_up'): Promise<JobRunDto | null> {
    const run = await this.claim(name, slot, trigger, 'running');
    return run ? this.execute(run) : null;
  }

  /** Runs a job now, whatever its schedule (coordinators; the tests). */
  async runNow(name: string, actor: Actor | null, now: Date = new Date()): Promise<JobRunDto> {
    const job = this.jobOf(name);
    const run = await this.dataSource.getRepository(JobRunEntity).save({
      jobName: job.name,
      slot: now,
      trigger: 'manual',
      status: 'running',
      startedAt: new Date(),
      finishedAt: null,
      result: null,
      error: null,
      triggeredByUserId: actor?.principal.userId ?? null,
    });
    return this.execute(run);
  }

  async list(): Promise<JobDto[]> {
    const runs = (await this.dataSource.query(
      `SELECT id FROM (
         SELECT id, row_number() OVER (PARTITION BY job_name ORDER BY started_at DESC, id) AS n FROM job_runs) r
       WHERE n <= 10`,
    )) as { id: string }[];
    const recent = runs.length
      ? await this.dataSource
          .getRepository(JobRunEntity)
          .createQueryBuilder('run')
          .whereInIds(runs.map((run) => run.id))
          .orderBy('run.startedAt', 'DESC')
          .getMany()
      : [];
    const now = new Date();
    return [...this.jobs.values()].map((job) => {
      const own = recent.filter((run) => run.jobName === job.name).map(toRunDto);
      return {
        name: job.name,
        cron: job.cron,
        nextRunAt: nextSlotAfter(job.cron, now).toISOString(),
        lastRun: own.find((run) => run.trigger !== 'baseline') ?? null,
        recentRuns: own,
      };
    });
  }

  private jobOf(name: string): ScheduledJob {
    const job = this.jobs.get(name as JobName);
    if (!job) {
      throw new RecordNotFoundError('job', name);
    }
    return job;
  }

  /** Inserts the run for (job, slot) unless one exists; returns it only to the instance that inserted. */
  private async claim(
    name: JobName,
    slot: Date,
    trigger: JobRunTrigger,
    status: 'running' | 'skipped',
  ): Promise<JobRunEntity | null> {
    const rows = (await this.dataSource.query(
      `INSERT INTO job_runs (job_name, slot, trigger, status, started_at, finished_at)
       VALUES ($1, $2, $3, $4, now(), $5)
       ON CONFLICT (job_name, slot) WHERE trigger <> 'manual' DO NOTHING
       RETURNING id`,
      [name, slot, trigger, status, status === 'skipped' ? new Date() : null],
    )) as { id: string }[];
    return rows.length
      ? this.dataSource.getRepository(JobRunEntity).findOneByOrFail({ id: rows[0].id })
      : null;
  }

  private async execute(run: JobRunEntity): Promise<JobRunDto> {
    const job = this.jobOf(run.jobName);
    try {
      const result = await this.dataSource.transaction((manager) => job.run({ slot: run.slot, manager }));
      Object.assign(run, { status: 'succeeded', result, finishedAt: new Date() });
      this.logger.log(`Job ${job.name} (${run.trigger}) done: ${JSON.stringify(result)}`);
    } catch (error) {
      Object.assign(run, { status: 'failed', error: String(error), finishedAt: new Date() });
      this.logger.error(
        `Job ${job.name} (${run.trigger}) failed`,
        error instanceof Error ? error.stack : undefined,
      );
    }
    await this.dataSource.getRepository(JobRunEntity).save(run);
    return toRunDto(run);
  }
}
