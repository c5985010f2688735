import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../../core/i18n/language-service';
import { CalendarDatePipe } from '../../../shared/ui/dates/calendar-date-pipe';
import { CoverageStore } from '../coverage.store';

/** `/admin/regions`: for each region, who covered it when, and which regions have no agent now. */
@Component({
  selector: 'crm-region-coverage',
  templateUrl: './region-coverage.html',
  styleUrl: './region-coverage.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CalendarDatePipe, MatButton, MatProgressBar, RouterLink, TranslocoPipe],
})
export class RegionCoverage {
  private readonly store = inject(CoverageStore);

  protected readonly locale = inject(LanguageService).locale;
  protected readonly timelines = this.store.timelines;
  protected readonly uncoveredCount = this.store.uncoveredCount;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;

  constructor() {
    void this.store.load();
  }

  protected retry(): void {
    void this.store.load();
  }
}
