import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { generalProblemKey } from '../../../core/api/api-problem';
import type { JobDto } from '../../../core/api/generated/models/job-dto';
import type { JobRunDto } from '../../../core/api/generated/models/job-run-dto';
import { LanguageService } from '../../../core/i18n/language-service';
import { confirmAction } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import type { FormOutcome } from '../../../shared/ui/form-message/form-message';
import { JobCard } from '../job-card/job-card';
import { type JobName, describeResult, jobTextKey, runStatusKey } from '../job-labels';
import { JobsStore } from '../jobs.store';

/** How long the outcome of a Run now stays on screen. */
export const RUN_OUTCOME_DURATION_MS = 10_000;

/** `/admin/jobs`: the scheduled jobs, when they run and how their latest runs went; coordinators run one now. */
@Component({
  selector: 'crm-job-list',
  templateUrl: './job-list.html',
  styleUrl: './job-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [JobCard, MatButton, MatProgressBar, TranslocoPipe],
})
export class JobList {
  private readonly store = inject(JobsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LanguageService).locale;

  protected readonly jobs = this.store.jobs;
  protected readonly isLoading = this.store.isLoading;
  protected readonly loadProblem = this.store.loadProblem;
  protected readonly runningNames = this.store.runningNames;
  /** Per job, why its last Run now was refused. */
  protected readonly messages = signal<Partial<Record<JobName, FormOutcome>>>({});
  protected readonly problemKey = generalProblemKey;

  constructor() {
    void this.store.load();
  }

  protected reload(): void {
    void this.store.load();
  }

  protected async run(job: JobDto): Promise<void> {
    if (this.runningNames().includes(job.name)) {
      return;
    }
    const name = this.transloco.translate(jobTextKey(job.name, 'name'));
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: 'admin.jobs.confirmTitle',
      messageKey: jobTextKey(job.name, 'confirm'),
      confirmKey: 'admin.jobs.runNow',
      params: { job: name },
    });
    if (!isConfirmed) {
      return;
    }
    this.setMessage(job.name, null);
    const outcome = await this.store.run(job.name);
    if (outcome.problem) {
      this.setMessage(job.name, { key: generalProblemKey(outcome.problem), isError: true });
      return;
    }
    this.snackBar.open(this.outcomeText(name, outcome.run), undefined, { duration: RUN_OUTCOME_DURATION_MS });
  }

  private outcomeText(job: string, run: JobRunDto): string {
    switch (run.status) {
      case 'succeeded':
        return this.transloco.translate('admin.jobs.ranSucceeded', {
          job,
          result: describeResult(run.result, this.locale(), (key, params) =>
            this.transloco.translate(key, params),
          ),
        });
      case 'failed':
        return this.transloco.translate('admin.jobs.ranFailed', { job });
      default:
        return this.transloco.translate('admin.jobs.ranOther', {
          job,
          status: this.transloco.translate(runStatusKey(run.status)),
        });
    }
  }

  private setMessage(name: JobName, message: FormOutcome | null): void {
    this.messages.update((messages) => ({ ...messages, [name]: message ?? undefined }));
  }
}
