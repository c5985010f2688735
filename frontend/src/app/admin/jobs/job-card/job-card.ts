import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { JobDto } from '../../../core/api/generated/models/job-dto';
import type { JobRunDto } from '../../../core/api/generated/models/job-run-dto';
import { LanguageService } from '../../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../../shared/ui/dates/helsinki-time-pipe';
import { type FormOutcome, FormMessage } from '../../../shared/ui/form-message/form-message';
import {
  describeResult,
  jobTextKey,
  runStatusBadgeClass,
  runStatusKey,
  scheduleKey,
  triggerKey,
} from '../job-labels';

/** One scheduled job: what it does and when, its last run and recent runs, and its Run now button. */
@Component({
  selector: 'crm-job-card',
  templateUrl: './job-card.html',
  styleUrl: './job-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormMessage, HelsinkiTimePipe, MatButton, MatProgressSpinner, TranslocoPipe],
})
export class JobCard {
  private readonly transloco = inject(TranslocoService);
  // Emits once the active language's translations have loaded, so the result texts follow a language change.
  private readonly translation = toSignal(this.transloco.selectTranslation());

  readonly job = input.required<JobDto>();
  /** The job is running at the user's request: the button shows progress and does nothing. */
  readonly isRunning = input(false);
  /** Why the last Run now failed, if it did. */
  readonly message = input<FormOutcome | null>(null);
  /** The user asked to run the job now. */
  readonly runRequested = output();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly headingId = computed(() => `crm-job-${this.job().name}`);
  protected readonly nameKey = computed(() => jobTextKey(this.job().name, 'name'));
  protected readonly descriptionKey = computed(() => jobTextKey(this.job().name, 'description'));
  protected readonly scheduleKey = computed(() => scheduleKey(this.job()));
  protected readonly hasBaseline = computed(() =>
    this.job().recentRuns.some((run) => run.trigger === 'baseline'),
  );
  protected readonly resultText = computed(() => {
    this.translation();
    const locale = this.locale();
    return (result: JobRunDto['result']): string =>
      describeResult(result, locale, (key, params) => this.transloco.translate(key, params));
  });
  protected readonly triggerKey = triggerKey;
  protected readonly statusKey = runStatusKey;
  protected readonly statusBadgeClass = runStatusBadgeClass;

  protected requestRun(): void {
    // The button stays focusable while disabled (disabledInteractive), so its clicks arrive here.
    if (!this.isRunning()) {
      this.runRequested.emit();
    }
  }
}
