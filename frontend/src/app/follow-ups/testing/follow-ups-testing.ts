import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../../public/i18n/en.json';
import followUpsEn from '../../../../public/i18n/follow-ups/en.json';
import followUpsFi from '../../../../public/i18n/follow-ups/fi.json';
import followUpsSv from '../../../../public/i18n/follow-ups/sv.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { AgentDto } from '../../core/api/generated/models/agent-dto';
import type { FollowUpDto } from '../../core/api/generated/models/follow-up-dto';
import type { MeDto } from '../../core/api/generated/models/me-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../core/i18n/language';
import { FOLLOW_UPS_ROUTES } from '../follow-ups.routes';

/** Transloco with the real shared and `follow-ups` scope translation files, preloaded, for unit tests. */
export function provideFollowUpsTranslocoTesting(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: {
        fi,
        sv,
        en,
        'follow-ups/fi': followUpsFi,
        'follow-ups/sv': followUpsSv,
        'follow-ups/en': followUpsEn,
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

export const FOLLOW_UP_ID = 'f0110000-0000-4000-8000-000000000001';
export const UNIT_ID = '3f1c9a52-6b7e-4d1a-9c3e-2a4b5c6d7e8f';
export const REQUEST_ID = '5d1e7c3a-2b4f-4c6d-8e9f-0a1b2c3d4e5f';
export const AGENT_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const OTHER_AGENT_ID = '6f5e4d3c-2b1a-4f9e-8d7c-6b5a4f3e2d1c';
export const COORDINATOR_ID = '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b10';

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
        ? { hostOrganisation: 'Uudenmaan liitto', monthlyCapacityHours: 40, regionCodes: ['01'] }
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
    monthlyCapacityHours: 40,
    regionCodes: ['01'],
    version: 1,
    ...overrides,
  };
}

export const AGENT_DTOS: readonly AgentDto[] = [
  agentFixture({ userId: OTHER_AGENT_ID, displayName: 'Ville Varsinais', regionCodes: ['02'] }),
  agentFixture(),
];

export function followUpFixture(overrides: Partial<FollowUpDto> = {}): FollowUpDto {
  return {
    id: FOLLOW_UP_ID,
    subjectKind: 'unit',
    unit: { id: UNIT_ID, nameFi: 'Helsingin kaupunki', nameSv: 'Helsingfors stad' },
    request: null,
    activity: null,
    regionCode: '01',
    assigneeUserId: AGENT_ID,
    assigneeName: 'Aino Agentti',
    dueDate: '2026-11-20',
    note: 'Soita hankintapäällikölle kriteereistä',
    status: 'open',
    bucket: 'thisWeek',
    recurrenceMonths: null,
    completedAt: null,
    previousFollowUpId: null,
    nextFollowUpId: null,
    createdAt: '2026-11-16T08:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function page(items: readonly FollowUpDto[], total = items.length): object {
  return { items, total, page: 1, pageSize: 100 };
}

export interface FollowUpsTestBed {
  harness: RouterTestingHarness;
  http: HttpTestingController;
}

/** The follow-ups routes under `/follow-ups`, the user of the role signed in, nothing opened yet. */
export async function setUpFollowUps(
  role: MeDto['role'],
  me: MeDto = meFor(role),
): Promise<FollowUpsTestBed> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideFollowUpsTranslocoTesting(),
      provideRouter([{ path: 'follow-ups', children: FOLLOW_UPS_ROUTES }], withComponentInputBinding()),
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

/** A button's name as assistive technology reads it: its label, or else its text. */
export function accessibleName(element: Element): string {
  return element.getAttribute('aria-label') ?? text(element);
}

/** The element's text with runs of white space as single spaces. */
export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
