import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { toSignal } from '@angular/core/rxjs-interop';
import type { MonthlyTrendDto } from '../../core/api/generated/models/monthly-trend-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { formatMonth, formatNumber, monthLabels } from '../coverage-format';
import type { TrendSeries } from '../trend-chart/chart-renderer';
import { TrendChart } from '../trend-chart/trend-chart';

// Okabe–Ito colours: told apart with every common colour-vision deficiency.
const BLUE = '#0072B2';
const ORANGE = '#E69F00';
const GREEN = '#009E73';

let nextId = 0;

/**
 * The period month by month: reach, requests received and resolved, and hours as charts, with the same
 * figures in a table that is always there for screen readers and shown on request.
 */
@Component({
  selector: 'crm-coverage-trend',
  templateUrl: './coverage-trend.html',
  styleUrl: './coverage-trend.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TrendChart, TranslocoPipe],
})
export class CoverageTrend {
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LanguageService).locale;
  // Series names are drawn inside the chart, so they are translated here; a new language's texts come
  // through this signal once they are loaded.
  private readonly translation = toSignal(this.transloco.selectTranslation());

  readonly trend = input.required<readonly MonthlyTrendDto[]>();

  protected readonly tableId = `crm-coverage-trend-table-${nextId++}`;
  protected readonly isTableShown = signal(false);

  protected readonly months = computed(() => {
    const locale = this.locale();
    return this.trend().map((month) => ({
      month: month.month,
      name: formatMonth(month.month, locale, 'long'),
      reachedUnits: formatNumber(month.reachedUnits, locale),
      requestsReceived: formatNumber(month.requestsReceived, locale),
      requestsResolved: formatNumber(month.requestsResolved, locale),
      hours: formatNumber(month.hours, locale, 1),
    }));
  });

  protected readonly labels = computed(() =>
    monthLabels(
      this.trend().map((month) => month.month),
      this.locale(),
    ),
  );

  protected readonly reachSeries = computed<readonly TrendSeries[]>(() => [
    {
      label: this.translate('national.trend.reachedUnits'),
      values: this.trend().map((month) => month.reachedUnits),
      colour: BLUE,
    },
  ]);

  protected readonly requestSeries = computed<readonly TrendSeries[]>(() => [
    {
      label: this.translate('national.trend.requestsReceived'),
      values: this.trend().map((month) => month.requestsReceived),
      colour: BLUE,
    },
    {
      label: this.translate('national.trend.requestsResolved'),
      values: this.trend().map((month) => month.requestsResolved),
      colour: ORANGE,
      isDashed: true,
    },
  ]);

  protected readonly hourSeries = computed<readonly TrendSeries[]>(() => [
    {
      label: this.translate('national.trend.hours'),
      values: this.trend().map((month) => month.hours),
      colour: GREEN,
    },
  ]);

  protected toggleTable(): void {
    this.isTableShown.update((isShown) => !isShown);
  }

  private translate(key: string): string {
    this.translation();
    return this.transloco.translate(key);
  }
}
