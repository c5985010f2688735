import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import type { ActivitySummaryDto } from '../../core/api/generated/models/activity-summary-dto';
import type { ActivityTotalDto } from '../../core/api/generated/models/activity-total-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { formatCount, formatHours } from '../activity-format';
import { ACTIVITY_TYPES, isActivityType } from '../activity-options';
import { ActivityReferenceData } from '../activity-reference-data';

const TYPE_ORDER: readonly string[] = ACTIVITY_TYPES;

interface TotalRow {
  key: string;
  /** The theme's name, or the translation key of the type's. */
  name: string;
  count: string;
  hours: string;
  /** Share of the largest row's minutes, 0–100, for the bar. */
  share: number;
}

function rows(
  totals: readonly ActivityTotalDto[],
  name: (key: string) => string,
  locale: string,
): readonly TotalRow[] {
  const largest = Math.max(1, ...totals.map((total) => total.minutes));
  return totals
    .filter((total) => total.count > 0)
    .map((total) => ({
      key: total.key,
      name: name(total.key),
      count: formatCount(total.count, locale),
      hours: formatHours(total.minutes, locale),
      share: Math.round((total.minutes / largest) * 100),
    }));
}

/**
 * The advice log's figures: this month's hours, and for the entries shown (all pages) their number, hours,
 * units reached and participants, by type and by theme. The bars repeat the hours for the eye; the numbers
 * are in the tables.
 */
@Component({
  selector: 'crm-activity-totals',
  templateUrl: './activity-totals.html',
  styleUrl: './activity-totals.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class ActivityTotals {
  private readonly themeName = inject(ActivityReferenceData).themeName;
  private readonly locale = inject(LanguageService).locale;

  readonly summary = input<ActivitySummaryDto | null>(null);
  readonly month = input<ActivitySummaryDto | null>(null);
  /** Translation key naming whose work the figures are about. */
  readonly ownerKey = input('activities.totals.mine');

  protected readonly isPhone = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Whether the user has unfolded the breakdowns (on a phone they start folded). */
  protected readonly isUnfolded = signal(false);
  protected readonly monthHours = computed(() => {
    const month = this.month();
    return month ? formatHours(month.minutes, this.locale()) : '–';
  });
  protected readonly figures = computed(() => {
    const summary = this.summary();
    const locale = this.locale();
    return summary
      ? {
          count: formatCount(summary.count, locale),
          hours: formatHours(summary.minutes, locale),
          unitsReached: formatCount(summary.unitsReached, locale),
          participants: formatCount(summary.participants, locale),
        }
      : null;
  });
  protected readonly byType = computed(() => {
    const summary = this.summary();
    if (!summary) {
      return [];
    }
    // In the forms' order, not the server's.
    const sorted = [...summary.byType]
      .filter((total) => isActivityType(total.key))
      .sort((first, second) => TYPE_ORDER.indexOf(first.key) - TYPE_ORDER.indexOf(second.key));
    // Named by translation key: the template translates them.
    return rows(sorted, (key) => `activities.type.${key}`, this.locale());
  });
  protected readonly byTheme = computed(() => {
    const summary = this.summary();
    if (!summary) {
      return [];
    }
    const name = this.themeName();
    const sorted = [...summary.byTheme].sort((first, second) => second.minutes - first.minutes);
    return rows(sorted, name, this.locale());
  });

  protected toggle(event: Event): void {
    if (event.target instanceof HTMLDetailsElement) {
      this.isUnfolded.set(event.target.open);
    }
  }
}
