import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '../../core/auth/auth.store';
import { LanguageService } from '../../core/i18n/language-service';
import { hasActivity, monthsSoFar } from '../coverage-activity';
import { formatPeriod } from '../coverage-format';
import { type Period, periodFromParams, periodToParams, samePeriod } from '../coverage-period';
import { CoverageStore } from '../coverage.store';
import { COVERAGE_TODAY } from '../coverage-today';
import { CoverageFigures } from '../coverage-figures/coverage-figures';
import { headlineFigures } from '../coverage-figures/headline-figures';
import { CoverageLegend } from '../coverage-legend/coverage-legend';
import { CoverageMap, type CoverageMapRegion } from '../coverage-map/coverage-map';
import { CoverageTable } from '../coverage-table/coverage-table';
import type { CoverageTableRow } from '../coverage-table/region-sort';
import { CoverageTrend } from '../coverage-trend/coverage-trend';
import { ExportLinks } from '../export-links/export-links';
import { PeriodPicker } from '../period-picker/period-picker';
import { ThemeReach } from '../theme-reach/theme-reach';
import { UnitTypeReach } from '../unit-type-reach/unit-type-reach';

/**
 * `/coverage`: the country's figures for a period (this year by default) compared with the period before,
 * a map and a table of the regions, the monthly trend, reach by unit type and theme, and the downloads.
 * Ministry users see aggregates only; coordinators also the agents' names.
 */
@Component({
  selector: 'crm-national-coverage',
  templateUrl: './national-coverage.html',
  styleUrl: './national-coverage.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CoverageStore],
  imports: [
    CoverageFigures,
    CoverageLegend,
    CoverageMap,
    CoverageTable,
    CoverageTrend,
    ExportLinks,
    MatButton,
    MatProgressBar,
    PeriodPicker,
    ThemeReach,
    TranslocoPipe,
    UnitTypeReach,
  ],
})
export class NationalCoverage {
  private readonly store = inject(CoverageStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly languageService = inject(LanguageService);
  private readonly role = inject(AuthStore).role;
  private readonly queryParams = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });

  protected readonly tableCaptionId = 'crm-coverage-table-caption';
  protected readonly today = inject(COVERAGE_TODAY)();
  protected readonly locale = this.languageService.locale;
  protected readonly dashboard = this.store.national;
  protected readonly shapes = this.store.shapes;
  protected readonly hasShapesError = this.store.hasShapesError;
  protected readonly isLoading = this.store.isLoading;
  protected readonly error = this.store.error;
  protected readonly isCoordinator = computed(() => this.role() === 'coordinator');

  protected readonly period = computed<Period>(() => periodFromParams(this.queryParams(), this.today), {
    equal: samePeriod,
  });
  /** The period for the links to the region pages. */
  protected readonly periodParams = computed(() => periodToParams(this.period(), this.today));

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

  protected readonly tableRows = computed<readonly CoverageTableRow[]>(() => {
    const language = this.languageService.language();
    return (this.dashboard()?.regions ?? []).map(({ names, agent, ...figures }) => ({
      ...figures,
      name: names[language],
      agentName: agent?.displayName ?? null,
    }));
  });

  protected readonly mapRegions = computed<readonly CoverageMapRegion[]>(() =>
    this.tableRows().map(({ code, name, coverage, reachedUnits, activeUnits, hasAgent }) => ({
      code,
      name,
      coverage,
      reachedUnits,
      activeUnits,
      hasAgent,
    })),
  );

  protected readonly hasRegionWithoutUnits = computed(() =>
    this.tableRows().some((row) => row.coverage === null),
  );

  constructor() {
    this.store.loadShapes();
    effect(() => {
      const period = this.period();
      untracked(() => this.store.loadNational(period));
    });
  }

  protected changePeriod(period: Period): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: periodToParams(period, this.today),
      queryParamsHandling: 'merge',
    });
  }

  protected openRegion(code: string): void {
    void this.router.navigate(['regions', code], {
      relativeTo: this.route,
      queryParams: this.periodParams(),
    });
  }

  protected retry(): void {
    this.store.loadNational(this.period());
  }

  protected retryShapes(): void {
    this.store.loadShapes();
  }
}
