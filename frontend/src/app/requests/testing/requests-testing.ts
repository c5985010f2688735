import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import requestsEn from '../../../../public/i18n/requests/en.json';
import requestsFi from '../../../../public/i18n/requests/fi.json';
import requestsSv from '../../../../public/i18n/requests/sv.json';
import sv from '../../../../public/i18n/sv.json';
import { REGION_DTOS } from '../../../testing/region-fixtures';
import type { AgentDto } from '../../core/api/generated/models/agent-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import type { RequestDto } from '../../core/api/generated/models/request-dto';
import type { RequestListItemDto } from '../../core/api/generated/models/request-list-item-dto';
import type { ThemeDto } from '../../core/api/generated/models/theme-dto';
import type { TimelineEventDto } from '../../core/api/generated/models/timeline-event-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../core/i18n/language';
import { REQUESTS_ROUTES } from '../requests.routes';

/** Transloco with the real shared and `requests` scope translation files, preloaded, for unit tests. */
export function provideRequestsTranslocoTesting(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: {
        fi,
        sv,
        en,
        'requests/fi': requestsFi,
        'requests/sv': requestsSv,
        'requests/en': requestsEn,
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

export const REQUEST_ID = '5d1e7c3a-2b4f-4c6d-8e9f-0a1b2c3d4e5f';
export const UNIT_ID = '3f1c9a52-6b7e-4d1a-9c3e-2a4b5c6d7e8f';
export const AGENT_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const OTHER_AGENT_ID = '6f5e4d3c-2b1a-4f9e-8d7c-6b5a4f3e2d1c';
export const CONTACT_ID = '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e';

export const REGIONS_URL = '/api/v1/regions?pageSize=100';
export const THEMES_URL = '/api/v1/themes?pageSize=100';
export const CPV_URL = '/api/v1/cpv-divisions?pageSize=100';
export const AGENTS_URL = '/api/v1/agents?pageSize=100&isActive=true';

export function meFor(role: MeDto['role']): MeDto {
  return {
    id: role === 'agent' ? AGENT_ID : '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b10',
    email: `${role}@demo.keino.test`,
    displayName: role === 'agent' ? 'Aino Agentti' : 'Demo',
    role,
    preferredLanguage: 'fi',
    unit: role === 'unit' ? { id: UNIT_ID, name: 'Helsingin kaupunki' } : null,
    agent:
      role === 'agent'
        ? { hostOrganisation: 'Uudenmaan liitto', monthlyCapacityHours: 40, regionCodes: ['01'] }
        : null,
  };
}

export const THEME_DTOS: readonly ThemeDto[] = [
  {
    code: 'climate_low_carbon',
    labels: {
      fi: 'Ilmasto ja vähähiilisyys',
      sv: 'Klimat och koldioxidsnålhet',
      en: 'Climate and low carbon',
    },
  },
  {
    code: 'circular_economy',
    labels: { fi: 'Kiertotalous', sv: 'Cirkulär ekonomi', en: 'Circular economy' },
  },
];

export function agentFixture(overrides: Partial<AgentDto> = {}): AgentDto {
  return {
    userId: AGENT_ID,
    displayName: 'Aino Agentti',
    email: 'agent.01@demo.keino.test',
    hostOrganisation: 'Uudenmaan liitto',
    isActive: true,
    monthlyCapacityHours: 40,
    regionCodes: ['01'],
    version: 1,
    ...overrides,
  };
}

export const AGENT_DTOS: readonly AgentDto[] = [
  agentFixture(),
  agentFixture({
    userId: OTHER_AGENT_ID,
    displayName: 'Ville Varsinais',
    email: 'agent.02@demo.keino.test',
    regionCodes: ['02'],
  }),
];

export function listItemFixture(overrides: Partial<RequestListItemDto> = {}): RequestListItemDto {
  return {
    id: REQUEST_ID,
    number: 1042,
    title: 'Vähähiilinen rakentaminen',
    status: 'assigned',
    urgency: 'normal',
    source: 'web_form',
    unitId: UNIT_ID,
    unitName: 'Helsingin kaupunki',
    unitDescription: null,
    regionCode: '01',
    assignedAgent: { userId: AGENT_ID, displayName: 'Aino Agentti' },
    themeCodes: ['climate_low_carbon'],
    submittedAt: '2026-11-16T08:00:00.000Z',
    firstResponse: { dueAt: '2026-11-19T21:59:59.999Z', state: 'atRisk' },
    resolution: { dueAt: '2026-12-14T21:59:59.999Z', state: 'onTrack' },
    ...overrides,
  };
}

export function eventFixture(overrides: Partial<TimelineEventDto> = {}): TimelineEventDto {
  return {
    id: 'e1000000-0000-4000-8000-000000000001',
    kind: 'created',
    isInternal: false,
    authorKind: 'requester',
    author: null,
    body: null,
    fromStatus: null,
    toStatus: 'new',
    fromAgent: null,
    toAgent: null,
    reason: null,
    rating: null,
    createdAt: '2026-11-16T08:00:00.000Z',
    ...overrides,
  };
}

export function requestFixture(overrides: Partial<RequestDto> = {}): RequestDto {
  return {
    ...listItemFixture(),
    description: 'Tarvitsemme apua vähähiilisen rakentamisen kriteereihin.',
    cpvDivisionCode: '45',
    cpvCode: '45214200-2',
    procurementStage: 'market_dialogue',
    requester: {
      contactId: '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e',
      name: 'Maija Meikäläinen',
      email: 'maija@hel.fi',
      language: 'fi',
      verifiedAt: '2026-11-16T09:00:00.000Z',
    },
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    cancelledAt: null,
    pausedBusinessDays: 0,
    rating: null,
    ratingComment: null,
    version: 3,
    allowedTransitions: ['in_progress', 'cancelled'],
    timeline: [
      eventFixture(),
      eventFixture({
        id: 'e1000000-0000-4000-8000-000000000002',
        kind: 'assignment',
        authorKind: 'system',
        fromStatus: 'new',
        toStatus: 'assigned',
        toAgent: { userId: AGENT_ID, displayName: 'Aino Agentti' },
        createdAt: '2026-11-16T08:00:00.001Z',
      }),
    ],
    ...overrides,
  };
}

export interface RequestsTestBed {
  harness: RouterTestingHarness;
  http: HttpTestingController;
}

/** The requests routes under `/requests`, the user of the role signed in, nothing opened yet. */
export async function setUpRequests(role: MeDto['role'], me: MeDto = meFor(role)): Promise<RequestsTestBed> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRequestsTranslocoTesting(),
      provideRouter([{ path: 'requests', children: REQUESTS_ROUTES }], withComponentInputBinding()),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const signingIn = TestBed.inject(AuthStore).load();
  http.expectOne('/api/v1/auth/me').flush(me);
  await signingIn;
  const harness = await RouterTestingHarness.create();
  return { harness, http };
}

const REFERENCE_ANSWERS: Readonly<Record<string, object>> = {
  [REGIONS_URL]: { items: REGION_DTOS, total: 19, page: 1, pageSize: 100 },
  [THEMES_URL]: { items: THEME_DTOS, total: THEME_DTOS.length, page: 1, pageSize: 100 },
  [CPV_URL]: {
    items: [
      {
        code: '45',
        cpvCode: '45000000-7',
        labels: { fi: 'Rakennustyöt', sv: 'Bygg- och anläggningsarbeten', en: 'Construction work' },
      },
    ],
    total: 1,
    page: 1,
    pageSize: 100,
  },
  [AGENTS_URL]: { items: AGENT_DTOS, total: AGENT_DTOS.length, page: 1, pageSize: 100 },
};

/** Expects the page to have asked for exactly this reference data, once each, and answers it. */
export function flushReferenceData(http: HttpTestingController, urls: readonly string[]): void {
  for (const url of urls) {
    http.expectOne(url).flush(REFERENCE_ANSWERS[url] ?? {});
  }
}

/** Lets pending promise callbacks and macrotasks (HTTP answers, translation loads) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** The element's text with runs of white space as single spaces. */
export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
