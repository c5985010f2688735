import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type EnvironmentProviders, type Provider, importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, type Routes, withComponentInputBinding } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import activitiesEn from '../../../../public/i18n/activities/en.json';
import activitiesFi from '../../../../public/i18n/activities/fi.json';
import activitiesSv from '../../../../public/i18n/activities/sv.json';
import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { ActivityDto } from '../../core/api/generated/models/activity-dto';
import type { ActivitySummaryDto } from '../../core/api/generated/models/activity-summary-dto';
import type { AgentDto } from '../../core/api/generated/models/agent-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import type { ThemeDto } from '../../core/api/generated/models/theme-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../core/i18n/language';
import { TODAY } from '../today';

/** Transloco with the real shared and `activities` scope translation files, preloaded, for unit tests. */
export function provideActivitiesTranslocoTesting(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: {
        fi,
        sv,
        en,
        'activities/fi': activitiesFi,
        'activities/sv': activitiesSv,
        'activities/en': activitiesEn,
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

/** The day the tests run on (Helsinki). */
export const TEST_TODAY = '2026-11-20';

export const ACTIVITY_ID = 'ac710000-0000-4000-8000-000000000001';
export const UNIT_ID = '3f1c9a52-6b7e-4d1a-9c3e-2a4b5c6d7e8f';
export const OTHER_UNIT_ID = '7a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d';
export const REQUEST_ID = '5d1e7c3a-2b4f-4c6d-8e9f-0a1b2c3d4e5f';
export const AGENT_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const OTHER_AGENT_ID = '6f5e4d3c-2b1a-4f9e-8d7c-6b5a4f3e2d1c';
export const COORDINATOR_ID = '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b10';

export const THEMES_URL = '/api/v1/themes?pageSize=100';
export const AGENTS_URL = '/api/v1/agents?pageSize=100&isActive=true';
export const LAST_USED_URL = '/api/v1/activities?pageSize=1&mine=true&sort=-createdAt';

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
        ? { hostOrganisation: 'Pirkanmaan liitto', monthlyCapacityHours: 40, regionCodes: ['06'] }
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

export const AGENT_DTOS: readonly AgentDto[] = [
  {
    userId: AGENT_ID,
    displayName: 'Aino Agentti',
    email: 'agent.06@demo.keino.test',
    hostOrganisation: 'Pirkanmaan liitto',
    isActive: true,
    monthlyCapacityHours: 40,
    regionCodes: ['06'],
    version: 1,
  },
  {
    userId: OTHER_AGENT_ID,
    displayName: 'Ville Varsinais',
    email: 'agent.02@demo.keino.test',
    hostOrganisation: 'Varsinais-Suomen liitto',
    isActive: true,
    monthlyCapacityHours: 40,
    regionCodes: ['02'],
    version: 1,
  },
];

export function activityFixture(overrides: Partial<ActivityDto> = {}): ActivityDto {
  return {
    id: ACTIVITY_ID,
    agentUserId: AGENT_ID,
    agentName: 'Aino Agentti',
    date: '2026-11-18',
    type: 'meeting',
    durationMinutes: 60,
    participantCount: 4,
    units: [{ id: UNIT_ID, nameFi: 'Tampereen kaupunki', nameSv: 'Tammerfors stad', regionCode: '06' }],
    themeCodes: ['circular_economy'],
    request: null,
    note: 'Kävimme läpi kiertotalouskriteerit.',
    canEdit: true,
    createdAt: '2026-11-18T10:00:00.000Z',
    updatedAt: '2026-11-18T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function summaryFixture(overrides: Partial<ActivitySummaryDto> = {}): ActivitySummaryDto {
  return {
    count: 12,
    minutes: 750,
    unitsReached: 7,
    participants: 35,
    byType: [
      { key: 'workshop', count: 2, minutes: 360 },
      { key: 'advice_call', count: 10, minutes: 390 },
    ],
    byTheme: [
      { key: 'climate_low_carbon', count: 3, minutes: 120 },
      { key: 'circular_economy', count: 6, minutes: 420 },
    ],
    ...overrides,
  };
}

export function page<T>(items: readonly T[], total = items.length, pageSize = 25): object {
  return { items, total, page: 1, pageSize };
}

/** HTTP, the real translations, routes, Helsinki's "today" fixed, and the user of the role signed in. */
export async function setUpActivities(
  role: MeDto['role'],
  routes: Routes = [],
  providers: Provider[] = [],
): Promise<HttpTestingController> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideActivitiesTranslocoTesting(),
      provideRouter(routes, withComponentInputBinding()),
      provideNoMaterialAnimations(),
      { provide: TODAY, useValue: () => TEST_TODAY },
      ...providers,
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const signingIn = TestBed.inject(AuthStore).load();
  http.expectOne('/api/v1/auth/me').flush(meFor(role));
  await signingIn;
  return http;
}

/** Lets pending promise callbacks and macrotasks (HTTP answers, translation loads, lazy imports) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** The element's text with runs of white space as single spaces. */
export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
