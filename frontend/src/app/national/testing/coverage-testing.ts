import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type EnvironmentProviders, Injectable, type Provider, importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import coverageEn from '../../../../public/i18n/national/en.json';
import coverageFi from '../../../../public/i18n/national/fi.json';
import coverageSv from '../../../../public/i18n/national/sv.json';
import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';
import { REGION_DTOS } from '../../../testing/region-fixtures';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import type { MonthlyTrendDto } from '../../core/api/generated/models/monthly-trend-dto';
import type { NationalDashboardDto } from '../../core/api/generated/models/national-dashboard-dto';
import type { RegionDashboardDto } from '../../core/api/generated/models/region-dashboard-dto';
import type { RegionFiguresDto } from '../../core/api/generated/models/region-figures-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../core/i18n/language';
import { COVERAGE_ROUTES } from '../coverage.routes';
import { COVERAGE_TODAY } from '../coverage-today';
import type { ChartHandle, TrendChartData } from '../trend-chart/chart-renderer';
import { ChartRenderer } from '../trend-chart/chart-renderer';

/** Transloco with the real shared and `national` scope translation files, preloaded, for unit tests. */
export function provideCoverageTranslocoTesting(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: {
        fi,
        sv,
        en,
        'national/fi': coverageFi,
        'national/sv': coverageSv,
        'national/en': coverageEn,
      },
      translocoConfig: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
      },
      preloadLangs: true,
    }),
  );
}

/** Records what would be drawn: jsdom has no canvas for chart.js. */
@Injectable()
export class FakeChartRenderer {
  readonly drawn: TrendChartData[] = [];

  render(_canvas: HTMLCanvasElement, data: TrendChartData): ChartHandle {
    this.drawn.push(data);
    return {
      update: (next) => this.drawn.push(next),
      destroy: () => undefined,
    };
  }
}

export function provideFakeCharts(): Provider[] {
  return [FakeChartRenderer, { provide: ChartRenderer, useExisting: FakeChartRenderer }];
}

export function meFor(role: MeDto['role']): MeDto {
  return {
    id: '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b10',
    email: `${role}@demo.keino.test`,
    displayName: role === 'ministry' ? 'Mikko Ministeriö' : 'Kaisa Koordinaattori',
    role,
    preferredLanguage: 'fi',
    unit: null,
    agent:
      role === 'agent'
        ? { hostOrganisation: 'Uudenmaan liitto', monthlyCapacityHours: 40, regionCodes: ['01'] }
        : null,
  };
}

const NO_AGENT_REGIONS = new Set(['07', '11', '12', '21']);

/** A region's figures: coverage rises with the region's place in the list; four regions have no agent. */
export function regionFigures(index: number, withNames: boolean): RegionFiguresDto {
  const { code, names } = REGION_DTOS[index];
  const activeUnits = 20 + index;
  const reachedUnits = Math.round(activeUnits * (index / (REGION_DTOS.length - 1)));
  const hasAgent = !NO_AGENT_REGIONS.has(code);
  return {
    code,
    names,
    hasAgent,
    ...(withNames
      ? { agent: hasAgent ? { userId: `user-${code}`, displayName: `Agentti ${code}` } : null }
      : {}),
    activeUnits,
    reachedUnits,
    coverage: reachedUnits / activeUnits,
    requestsReceived: 10 + index,
    requestsResolved: 8 + index,
    hours: 100 + index * 10.5,
    medianFirstResponseBusinessDays: index % 3 === 0 ? null : 2.5,
    slaMet: 4 + index,
    slaCompliance: (4 + index) / (8 + index),
  };
}

export const TREND: readonly MonthlyTrendDto[] = [
  { month: '2026-01', reachedUnits: 120, requestsReceived: 20, requestsResolved: 18, hours: 600.5 },
  { month: '2026-02', reachedUnits: 130, requestsReceived: 22, requestsResolved: 21, hours: 650 },
  { month: '2026-03', reachedUnits: 140, requestsReceived: 25, requestsResolved: 19, hours: 700.2 },
];

/** The national dashboard of 2026 as the API answers it (agents' names for coordinators only). */
export function nationalDashboard(withNames = false): NationalDashboardDto {
  const regions = REGION_DTOS.map((_, index) => regionFigures(index, withNames));
  return {
    period: { from: '2026-01-01', to: '2026-12-31' },
    previousPeriod: { from: '2025-01-01', to: '2025-12-31' },
    totals: {
      activeUnits: 479,
      reachedUnits: 430,
      coverage: 430 / 479,
      requestsReceived: 274,
      requestsResolved: 242,
      hours: 7237.8,
      medianFirstResponseBusinessDays: 2,
      slaMet: 137,
      slaCompliance: 137 / 242,
      regionsWithAgent: 15,
      regionCount: 19,
    },
    previousTotals: {
      activeUnits: 479,
      reachedUnits: 410,
      coverage: 410 / 479,
      requestsReceived: 293,
      requestsResolved: 242,
      hours: 8188.5,
      medianFirstResponseBusinessDays: 2.5,
      slaMet: 152,
      slaCompliance: 152 / 268,
      regionsWithAgent: 14,
      regionCount: 19,
    },
    regions,
    byUnitType: [
      { type: 'municipality', activeUnits: 308, reachedUnits: 272 },
      { type: 'state_agency', activeUnits: 22, reachedUnits: 18 },
    ],
    byTheme: [
      {
        themeCode: 'circular_economy',
        labels: { fi: 'Kiertotalous', sv: 'Cirkulär ekonomi', en: 'Circular economy' },
        reachedUnits: 385,
        activities: 759,
        requestsReceived: 41,
      },
      {
        themeCode: 'climate_low_carbon',
        labels: {
          fi: 'Ilmasto ja vähähiilisyys',
          sv: 'Klimat och koldioxidsnålhet',
          en: 'Climate and low carbon',
        },
        reachedUnits: 377,
        activities: 744,
        requestsReceived: 53,
      },
    ],
    trend: [...TREND],
  };
}

/** Päijät-Häme's dashboard for Q2 2026: an agent now and one before (named for coordinators only). */
export function regionDashboard(withNames = false): RegionDashboardDto {
  const name = (displayName: string): object =>
    withNames ? { agent: { userId: `user-${displayName}`, displayName } } : {};
  return {
    code: '07',
    names: { fi: 'Päijät-Häme', sv: 'Päijänne-Tavastland', en: 'Päijät-Häme' },
    period: { from: '2026-04-01', to: '2026-06-30' },
    previousPeriod: { from: '2026-01-01', to: '2026-03-31' },
    totals: {
      activeUnits: 17,
      reachedUnits: 9,
      coverage: 9 / 17,
      requestsReceived: 4,
      requestsResolved: 3,
      hours: 12.5,
      medianFirstResponseBusinessDays: 1.5,
      slaMet: 2,
      slaCompliance: 2 / 3,
    },
    previousTotals: {
      activeUnits: 17,
      reachedUnits: 5,
      coverage: 5 / 17,
      requestsReceived: 2,
      requestsResolved: 0,
      hours: 4,
      medianFirstResponseBusinessDays: null,
      slaMet: 0,
      slaCompliance: null,
    },
    byUnitType: [{ type: 'municipality', activeUnits: 10, reachedUnits: 4 }],
    byTheme: [],
    trend: [
      { month: '2026-04', reachedUnits: 3, requestsReceived: 1, requestsResolved: 1, hours: 4 },
      { month: '2026-05', reachedUnits: 4, requestsReceived: 2, requestsResolved: 1, hours: 5.5 },
      { month: '2026-06', reachedUnits: 2, requestsReceived: 1, requestsResolved: 1, hours: 3 },
    ],
    agents: [
      { validFrom: '2026-05-01', validTo: null, ...name('Aino Agentti') },
      { validFrom: '2024-01-01', validTo: '2025-12-31', ...name('Ville Varsinais') },
    ],
  };
}

/** The day the tests run on. */
export const TODAY = '2026-11-22';

export interface CoverageTestBed {
  harness: RouterTestingHarness;
  http: HttpTestingController;
}

/** The coverage routes under `/coverage`, a user of the role signed in, nothing opened yet. */
export async function setUpCoverage(role: MeDto['role']): Promise<CoverageTestBed> {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideCoverageTranslocoTesting(),
      provideRouter(
        [
          { path: 'coverage', children: COVERAGE_ROUTES },
          { path: 'forbidden', children: [] },
        ],
        withComponentInputBinding(),
      ),
      provideNoMaterialAnimations(),
      provideFakeCharts(),
      { provide: COVERAGE_TODAY, useValue: () => TODAY },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const signingIn = TestBed.inject(AuthStore).load();
  http.expectOne('/api/v1/auth/me').flush(meFor(role));
  await signingIn;
  const harness = await RouterTestingHarness.create();
  return { harness, http };
}

/** Lets pending promise callbacks and macrotasks (HTTP answers, translation loads) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * The element's text as read: its text pieces (cells, labels and values) apart, runs of white space (also
 * the no-break spaces of number formats) as one space.
 */
export function text(element: Element | null | undefined): string {
  if (!element) {
    return '';
  }
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    pieces.push(node.textContent ?? '');
  }
  return plain(pieces.join(' '));
}

/** Turns the no-break spaces of number formats into plain spaces. */
export function plain(value: string): string {
  return value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
