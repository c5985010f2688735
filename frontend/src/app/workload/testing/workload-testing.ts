import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';
import workloadEn from '../../../../public/i18n/workload/en.json';
import workloadFi from '../../../../public/i18n/workload/fi.json';
import workloadSv from '../../../../public/i18n/workload/sv.json';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { AgentDashboardDto } from '../../core/api/generated/models/agent-dashboard-dto';
import type { AgentDto } from '../../core/api/generated/models/agent-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../core/i18n/language';
import { WORKLOAD_ROUTES } from '../workload.routes';

/** Transloco with the real shared and `workload` scope translation files, preloaded, for unit tests. */
export function provideWorkloadTranslocoTesting(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: {
        fi,
        sv,
        en,
        'workload/fi': workloadFi,
        'workload/sv': workloadSv,
        'workload/en': workloadEn,
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

export const AGENT_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const OTHER_AGENT_ID = '6f5e4d3c-2b1a-4f9e-8d7c-6b5a4f3e2d1c';
export const COORDINATOR_ID = '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b10';
export const UNIT_ID = '3f1c9a52-6b7e-4d1a-9c3e-2a4b5c6d7e8f';
export const OTHER_UNIT_ID = '5d1e7c3a-2b4f-4c6d-8e9f-0a1b2c3d4e5f';

export const DASHBOARD_URL = '/api/v1/dashboards/agent';
export const AGENTS_URL = '/api/v1/agents?pageSize=100&isActive=true';

export function meFor(role: MeDto['role']): MeDto {
  return {
    id: role === 'agent' ? AGENT_ID : COORDINATOR_ID,
    email: `${role}@demo.keino.test`,
    displayName: role === 'agent' ? 'Aino Agentti' : 'Kaisa Koordinaattori',
    role,
    preferredLanguage: 'fi',
    unit: null,
    agent:
      role === 'agent'
        ? { hostOrganisation: 'Uudenmaan liitto', monthlyCapacityHours: 48, regionCodes: ['01'] }
        : null,
  };
}

export function agentFixture(overrides: Partial<AgentDto> = {}): AgentDto {
  return {
    userId: AGENT_ID,
    displayName: 'Aino Agentti',
    email: 'agent.01@demo.keino.test',
    hostOrganisation: 'Uudenmaan liitto',
    isActive: true,
    monthlyCapacityHours: 48,
    regionCodes: ['01'],
    version: 1,
    ...overrides,
  };
}

export const AGENT_DTOS: readonly AgentDto[] = [
  agentFixture({ userId: OTHER_AGENT_ID, displayName: 'Ville Varsinais', regionCodes: ['02'] }),
  agentFixture(),
];

/** A sample dashboard: one region (Uusimaa), some open requests, two white spots. */
export function dashboardFixture(overrides: Partial<AgentDashboardDto> = {}): AgentDashboardDto {
  return {
    agentUserId: AGENT_ID,
    displayName: 'Aino Agentti',
    today: '2026-11-22',
    openRequests: {
      total: 5,
      byStatus: [
        { status: 'new', count: 1 },
        { status: 'assigned', count: 0 },
        { status: 'in_progress', count: 3 },
        { status: 'waiting_for_unit', count: 1 },
      ],
      byAge: [
        { bucket: 'underOneWeek', submittedFrom: '2026-11-16', submittedTo: null, count: 2 },
        { bucket: 'oneToFourWeeks', submittedFrom: '2026-10-26', submittedTo: '2026-11-15', count: 1 },
        { bucket: 'oneToThreeMonths', submittedFrom: '2026-08-25', submittedTo: '2026-10-25', count: 0 },
        { bucket: 'overThreeMonths', submittedFrom: null, submittedTo: '2026-08-24', count: 2 },
      ],
    },
    sla: {
      atRisk: 1,
      breached: 2,
      firstResponse: { atRisk: 0, breached: 1 },
      resolution: { atRisk: 1, breached: 2 },
    },
    followUps: { overdue: 4, dueToday: 1, dueLaterThisWeek: 0 },
    hours: { month: '2026-11', logged: 33.8, capacity: 48 },
    coverage: {
      from: '2026-01-01',
      to: '2026-11-22',
      activeUnits: 45,
      reachedUnits: 39,
      coverage: 39 / 45,
      regions: [
        {
          code: '01',
          names: { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' },
          activeUnits: 45,
          reachedUnits: 39,
        },
      ],
    },
    reachByTheme: [
      {
        themeCode: 'circular_economy',
        labels: { fi: 'Kiertotalous', sv: 'Cirkulär ekonomi', en: 'Circular economy' },
        reachedUnits: 12,
      },
      {
        themeCode: 'climate_low_carbon',
        labels: {
          fi: 'Ilmasto ja vähähiilisyys',
          sv: 'Klimat och koldioxidsnålhet',
          en: 'Climate and low carbon',
        },
        reachedUnits: 30,
      },
    ],
    whiteSpots: {
      since: '2025-11-23',
      to: '2026-11-22',
      total: 6,
      top: [
        {
          id: UNIT_ID,
          nameFi: 'Helsingin kaupunki',
          nameSv: 'Helsingfors stad',
          regionCode: '01',
          type: 'municipality',
          estimatedAnnualSpend: 1250000,
          lastReachedOn: '2025-03-14',
        },
        {
          id: OTHER_UNIT_ID,
          nameFi: 'Sipoon kunta',
          nameSv: null,
          regionCode: '01',
          type: 'municipality',
          estimatedAnnualSpend: null,
          lastReachedOn: null,
        },
      ],
    },
    ...overrides,
  };
}

export function page<T>(items: readonly T[], total = items.length): object {
  return { items, total, page: 1, pageSize: 100 };
}

export interface WorkloadTestBed {
  harness: RouterTestingHarness;
  http: HttpTestingController;
}

/** The workload routes under `/workload`, the user of the role signed in, nothing opened yet. */
export async function setUpWorkload(role: MeDto['role'], me: MeDto = meFor(role)): Promise<WorkloadTestBed> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideWorkloadTranslocoTesting(),
      provideRouter(
        [
          { path: 'workload', children: WORKLOAD_ROUTES },
          { path: '**', children: [] },
        ],
        withComponentInputBinding(),
      ),
      provideNoMaterialAnimations(),
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const signingIn = TestBed.inject(AuthStore).load();
  http.expectOne('/api/v1/auth/me').flush(me);
  await signingIn;
  const harness = await RouterTestingHarness.create();
  return { harness, http };
}

/** Lets pending promise callbacks and macrotasks (HTTP answers, translation loads) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** The element's text with runs of white space as single spaces. */
export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
