import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../core/auth/auth.store';
import { LanguageService } from '../../core/i18n/language-service';
import { AgentHistory } from '../agent-history/agent-history';
import { hasActivity, monthsSoFar } from '../coverage-activity';
import { CoverageFigures } from '../coverage-figures/coverage-figures';
import { headlineFigures } from '../coverage-figures/headline-figures';
import { formatPeriod } from '../coverage-format';
import { type Period, periodFromParams, periodToParams, samePeriod } from '../coverage-period';
import { CoverageTrend } from '../coverage-trend/coverage-trend';
import { CoverageStore } from '../coverage.store';
import { COVERAGE_TODAY } from '../coverage-today';
import { PeriodPicker } from '../period-picker/period-picker';
import { ThemeReach } from '../theme-reach/theme-reach';
import { UnitTypeReach } from '../unit-type-reach/unit-type-reach';

/**
 * `/coverage/regions/:code`: one region's figures for the period compared with the period before, month by
 * month, by unit type and theme, and its agents over time. The way back keeps the period.
 */
@Component({
  selector: 'crm-region-coverage',
  templateUrl: './region-coverage.html',
  styleUrl: './region-coverage.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CoverageStore],
  imports: [
    AgentHistory,
    CoverageFigures,
    CoverageTrend,
    MatButton,
    MatProgressBar,
    PeriodPicker,
    RouterLink,
    ThemeReach,
    TranslocoPipe,
    UnitTypeReach,
  ],
})
export class RegionCoverage {
  private readonly store = inject(CoverageStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly languageService = inject(LanguageService);
  private readonly authStore = inject(AuthStore);
  private readonly queryParams = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });

  /** The region's code, bound from the address. */
  readonly code = input.required<string>();

  protected readonly today = inject(COVERAGE_TODAY)();
  protected readonly locale = this.languageService.locale;
  protected readonly dashboard = this.store.region;
  protected readonly isLoading = this.store.isLoading;
  protected readonly error = this.store.error;
  /** Agents have no national page to go back to. */
  protected readonly canSeeNational = computed(() => {
    const role = this.authStore.role();
    return role === 'ministry' || role === 'coordinator';
  });

  protected readonly period = computed<Period>(() => periodFromParams(this.queryParams(), this.today), {
    equal: samePeriod,
  });
  protected readonly periodParams = computed(() => periodToParams(this.period(), this.today));

  protected readonly name = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? dashboard.names[this.languageService.language()] : null;
  });

  protected readonly periodTexts = computed(() => {
    const dashboard = this.dashboard();
    const locale = this.locale();
    return dashboard
      ? {
          period: formatPeriod(dashboard.period, locale),
          previous: formatPeriod(dashboard.previousPeriod, locale),
        }
      : null;
  });

  protected readonly figures = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? headlineFigures(dashboard.totals, dashboard.previousTotals, this.locale()) : [];
  });

  protected readonly trend = computed(() => monthsSoFar(this.dashboard()?.trend ?? [], this.today));

  protected readonly hasActivity = computed(() => {
    const dashboard = this.dashboard();
    return dashboard !== null && hasActivity(dashboard.totals);
  });

  constructor() {
    effect(() => {
      const code = this.code();
      const period = this.period();
      untracked(() => this.store.loadRegion(code, period));
    });
  }

  protected changePeriod(period: Period): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: periodToParams(period, this.today),
      queryParamsHandling: 'merge',
    });
  }

  protected retry(): void {
    this.store.loadRegion(this.code(), this.period());
  }
}
