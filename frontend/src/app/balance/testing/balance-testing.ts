import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import balanceEn from '../../../../public/i18n/balance/en.json';
import balanceFi from '../../../../public/i18n/balance/fi.json';
import balanceSv from '../../../../public/i18n/balance/sv.json';
import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';
import { meFixture } from '../../../testing/account-fixtures';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { AgentWorkloadDto } from '../../core/api/generated/models/agent-workload-dto';
import type { CoordinatorDashboardDto } from '../../core/api/generated/models/coordinator-dashboard-dto';
import type { QueueItemDto } from '../../core/api/generated/models/queue-item-dto';
import type { RequestDto } from '../../core/api/generated/models/request-dto';
import type { ServiceLevelDto } from '../../core/api/generated/models/service-level-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../core/i18n/language';
import { BALANCE_ROUTES } from '../balance.routes';

/** Transloco with the real shared and `balance` scope translation files, preloaded, for unit tests. */
export function provideBalanceTranslocoTesting(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: {
        fi,
        sv,
        en,
        'balance/fi': balanceFi,
        'balance/sv': balanceSv,
        'balance/en': balanceEn,
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

export const DASHBOARD_URL = '/api/v1/dashboards/coordinators';
export const REGIONS_URL = '/api/v1/regions?pageSize=100';

export const AINO_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const ELINA_ID = '6f5e4d3c-2b1a-4f9e-8d7c-6b5a4f3e2d1c';
export const VILLE_ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
export const OLDEST_ID = '5d1e7c3a-2b4f-4c6d-8e9f-0a1b2c3d4e5f';
export const NEWER_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

export function agentFixture(overrides: Partial<AgentWorkloadDto> = {}): AgentWorkloadDto {
  return {
    userId: AINO_ID,
    displayName: 'Aino Lehtinen',
    regionCodes: ['01'],
    openRequests: 3,
    atRisk: 0,
    breached: 1,
    overdueFollowUps: 4,
    hoursThisMonth: 37.8,
    capacityHours: 60,
    ...overrides,
  };
}

export function queueItemFixture(overrides: Partial<QueueItemDto> = {}): QueueItemDto {
  return {
    id: OLDEST_ID,
    number: 584,
    title: 'Markkinavuoropuhelu ateriapalveluista',
    regionCode: '11',
    unitName: 'Vieremä Energia Oy',
    submittedAt: '2026-11-18T20:50:54.671Z',
    firstResponseDueAt: '2026-11-23T22:00:00.000Z',
    slaState: 'onTrack',
    ...overrides,
  };
}

/** The dashboard as the API returns it: three agents (one over capacity), two regions nobody covers. */
export function dashboardFixture(overrides: Partial<CoordinatorDashboardDto> = {}): CoordinatorDashboardDto {
  return {
    today: '2026-11-22',
    month: '2026-11',
    agents: [
      agentFixture(),
      agentFixture({
        userId: ELINA_ID,
        displayName: 'Elina Pesonen',
        regionCodes: ['17'],
        openRequests: 3,
        atRisk: 2,
        breached: 0,
        overdueFollowUps: 0,
        hoursThisMonth: 36.3,
        capacityHours: 48,
      }),
      agentFixture({
        userId: VILLE_ID,
        displayName: 'Ville Kangas',
        regionCodes: [],
        openRequests: 0,
        atRisk: 0,
        breached: 0,
        overdueFollowUps: 1,
        hoursThisMonth: 59.8,
        capacityHours: 20,
      }),
    ],
    regionsWithoutAgent: ['11', '07'],
    queue: {
      total: 30,
      atRisk: 1,
      breached: 2,
      items: [
        queueItemFixture(),
        queueItemFixture({
          id: NEWER_ID,
          number: 592,
          title: 'Esikaupallinen hankinta jätehuollon optimointiin',
          regionCode: null,
          unitName: null,
          submittedAt: '2026-11-22T04:50:54.671Z',
          firstResponseDueAt: '2026-11-25T22:00:00.000Z',
          slaState: 'breached',
        }),
      ],
    },
    ...overrides,
  };
}

/** A request as `GET /api/v1/requests/{id}` returns it, still in the queue. */
export function requestFixture(overrides: Partial<RequestDto> = {}): RequestDto {
  const level: ServiceLevelDto = { state: 'onTrack', dueAt: '2026-11-23T22:00:00.000Z' };
  return {
    id: OLDEST_ID,
    number: 584,
    title: 'Markkinavuoropuhelu ateriapalveluista',
    description: 'Miten käymme markkinavuoropuhelun?',
    status: 'new',
    assignedAgent: null,
    allowedTransitions: [],
    cancelledAt: null,
    closedAt: null,
    cpvCode: null,
    cpvDivisionCode: null,
    firstRespondedAt: null,
    firstResponse: level,
    resolution: level,
    pausedBusinessDays: 0,
    procurementStage: 'market_dialogue',
    rating: null,
    ratingComment: null,
    regionCode: '11',
    requester: {
      contactId: null,
      name: 'Maija Meikäläinen',
      email: 'maija@vierema.test',
      language: 'fi',
      verifiedAt: null,
    },
    resolvedAt: null,
    source: 'web_form',
    submittedAt: '2026-11-18T20:50:54.671Z',
    themeCodes: [],
    timeline: [],
    unitDescription: null,
    unitId: null,
    unitName: 'Vieremä Energia Oy',
    urgency: 'normal',
    version: 3,
    ...overrides,
  };
}

/** The regions the fixtures name, as the API's page. */
export function regionsPage(): object {
  const names: readonly [string, string, string, string][] = [
    ['01', 'Uusimaa', 'Nyland', 'Uusimaa'],
    ['07', 'Päijät-Häme', 'Päijänne-Tavastland', 'Päijät-Häme'],
    ['11', 'Pohjois-Savo', 'Norra Savolax', 'North Savo'],
    ['17', 'Pohjois-Pohjanmaa', 'Norra Österbotten', 'North Ostrobothnia'],
  ];
  const items = names.map(([code, nameFi, nameSv, nameEn]) => ({
    code,
    nuts3Code: `FI${code}`,
    names: { fi: nameFi, sv: nameSv, en: nameEn },
  }));
  return { items, total: items.length, page: 1, pageSize: 100 };
}

export interface BalanceTestBed {
  harness: RouterTestingHarness;
  http: HttpTestingController;
}

/** The balance routes under `/balance`, a coordinator signed in, nothing opened yet. */
export async function setUpBalance(): Promise<BalanceTestBed> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideBalanceTranslocoTesting(),
      provideRouter([{ path: 'balance', children: BALANCE_ROUTES }]),
      provideNoMaterialAnimations(),
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const signingIn = TestBed.inject(AuthStore).load();
  http.expectOne('/api/v1/auth/me').flush(meFixture());
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
