import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../../core/api/api-problem';
import { Api } from '../../core/api/generated/api';
import { jobsList } from '../../core/api/generated/fn/jobs/jobs-list';
import { jobsRun } from '../../core/api/generated/fn/jobs/jobs-run';
import type { JobDto } from '../../core/api/generated/models/job-dto';
import type { JobRunDto } from '../../core/api/generated/models/job-run-dto';
import { type JobName, withRun } from './job-labels';

interface JobsState {
  jobs: readonly JobDto[];
  isLoading: boolean;
  loadProblem: ApiProblem | null;
  runningNames: readonly JobName[];
}

/** What running a job now came to: the finished run (which may itself have failed), or why the API refused. */
export type RunOutcome = { run: JobRunDto; problem: null } | { run: null; problem: ApiProblem };

/** The scheduled jobs, their latest runs, and the jobs a coordinator has started and not yet seen finish. */
@Injectable()
export class JobsStore {
  private readonly api = inject(Api);
  private readonly state = signal<JobsState>({
    jobs: [],
    isLoading: false,
    loadProblem: null,
    runningNames: [],
  });
  private latestLoad = 0;

  readonly jobs = computed(() => this.state().jobs);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly loadProblem = computed(() => this.state().loadProblem);
  readonly runningNames = computed(() => this.state().runningNames);

  /** Loads the jobs; the newest load wins, and a failed one keeps the jobs already shown. */
  async load(): Promise<void> {
    const load = ++this.latestLoad;
    this.state.update((state) => ({ ...state, isLoading: true, loadProblem: null }));
    try {
      const jobs = await firstValueFrom(this.api.invoke(jobsList));
      if (load === this.latestLoad) {
        this.state.update((state) => ({ ...state, jobs, isLoading: false }));
      }
    } catch (error: unknown) {
      if (load === this.latestLoad) {
        this.state.update((state) => ({ ...state, isLoading: false, loadProblem: toApiProblem(error) }));
      }
    }
  }

  /**
   * Runs the job now and waits for it to finish (the API answers when it has). The run shows in the job's
   * row at once; the jobs are then loaded again for the rest (the next run, runs by others).
   */
  async run(name: JobName): Promise<RunOutcome> {
    this.state.update((state) => ({ ...state, runningNames: [...state.runningNames, name] }));
    let outcome: RunOutcome;
    try {
      const run = await firstValueFrom(this.api.invoke(jobsRun, { name }));
      this.state.update((state) => ({
        ...state,
        jobs: state.jobs.map((job) => (job.name === name ? withRun(job, run) : job)),
      }));
      outcome = { run, problem: null };
    } catch (error: unknown) {
      outcome = { run: null, problem: toApiProblem(error) };
    } finally {
      this.state.update((state) => ({
        ...state,
        runningNames: state.runningNames.filter((running) => running !== name),
      }));
    }
    void this.load();
    return outcome;
  }
}
