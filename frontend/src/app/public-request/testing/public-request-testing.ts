import { type EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';
import publicRequestEn from '../../../../public/i18n/public-request/en.json';
import publicRequestFi from '../../../../public/i18n/public-request/fi.json';
import publicRequestSv from '../../../../public/i18n/public-request/sv.json';
import type { CpvDivisionDto } from '../../core/api/generated/models/cpv-division-dto';
import type { PublicRequestStatusDto } from '../../core/api/generated/models/public-request-status-dto';
import type { PublicTimelineEventDto } from '../../core/api/generated/models/public-timeline-event-dto';
import type { PublicUnitDto } from '../../core/api/generated/models/public-unit-dto';
import type { ThemeDto } from '../../core/api/generated/models/theme-dto';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../core/i18n/language';

/** Transloco with the real shared and `public-request` scope translation files, preloaded, for unit tests. */
export function providePublicRequestTranslocoTesting(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: {
        fi,
        sv,
        en,
        'public-request/fi': publicRequestFi,
        'public-request/sv': publicRequestSv,
        'public-request/en': publicRequestEn,
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

export const THEMES_URL = '/api/v1/themes?pageSize=100';
export const CPV_DIVISIONS_URL = '/api/v1/cpv-divisions?pageSize=100';
export const SUBMIT_URL = '/api/v1/public/requests';
export const STATUS_TOKEN = 'Zx8kP2qLm4nR7tV9wY3bC6dF';
export const STATUS_URL = `/api/v1/public/requests/status/${STATUS_TOKEN}`;

export const THEME_DTOS: ThemeDto[] = [
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
  {
    code: 'innovation_procurement',
    labels: { fi: 'Innovatiiviset hankinnat', sv: 'Innovativ upphandling', en: 'Innovation procurement' },
  },
];

export const CPV_DIVISION_DTOS: CpvDivisionDto[] = [
  {
    code: '45',
    cpvCode: '45000000-7',
    labels: { fi: 'Rakennustyöt', sv: 'Byggarbeten', en: 'Construction work' },
  },
  {
    code: '90',
    cpvCode: '90000000-7',
    labels: {
      fi: 'Viemäri-, jäte-, puhdistus- ja ympäristöpalvelut',
      sv: 'Avlopps- och renhållningstjänster, saneringstjänster och miljötjänster',
      en: 'Sewage, refuse, cleaning and environmental services',
    },
  },
];

export const HELSINKI_UNIT: PublicUnitDto = {
  id: '25e44291-b126-41b1-a4b2-2067b596c49e',
  nameFi: 'Helsingin kaupunki',
  nameSv: 'Helsingfors stad',
  businessId: '0201256-6',
};

export function timelineEventFixture(
  overrides: Partial<PublicTimelineEventDto> = {},
): PublicTimelineEventDto {
  return {
    id: '0b7f1a52-9c3e-4d1a-8b2e-1f0a9b8c7d01',
    kind: 'created',
    authorKind: 'requester',
    authorName: null,
    body: null,
    fromStatus: null,
    toStatus: null,
    rating: null,
    createdAt: '2026-11-16T08:00:00.000Z',
    ...overrides,
  };
}

export function statusFixture(overrides: Partial<PublicRequestStatusDto> = {}): PublicRequestStatusDto {
  return {
    number: 1042,
    title: 'Vähähiilinen koulurakennus',
    description: 'Suunnittelemme uuden koulun rakentamista ja haluamme asettaa hiilijalanjäljelle rajan.',
    status: 'in_progress',
    submittedAt: '2026-11-16T08:00:00.000Z',
    unitName: 'Helsingin kaupunki',
    themeCodes: ['circular_economy', 'climate_low_carbon'],
    procurementStage: 'strategy_and_planning',
    urgency: 'normal',
    language: 'fi',
    handledBy: 'Aino Agentti',
    timeline: [
      timelineEventFixture(),
      timelineEventFixture({
        id: '0b7f1a52-9c3e-4d1a-8b2e-1f0a9b8c7d02',
        kind: 'assignment',
        authorKind: 'system',
        createdAt: '2026-11-16T08:00:01.000Z',
      }),
      timelineEventFixture({
        id: '0b7f1a52-9c3e-4d1a-8b2e-1f0a9b8c7d03',
        kind: 'status_change',
        authorKind: 'staff',
        authorName: 'Aino Agentti',
        fromStatus: 'assigned',
        toStatus: 'in_progress',
        createdAt: '2026-11-17T09:30:00.000Z',
      }),
      timelineEventFixture({
        id: '0b7f1a52-9c3e-4d1a-8b2e-1f0a9b8c7d04',
        kind: 'message',
        authorKind: 'staff',
        authorName: 'Aino Agentti',
        body: 'Onko teillä jo tarveselvitys?',
        createdAt: '2026-11-17T09:31:00.000Z',
      }),
      timelineEventFixture({
        id: '0b7f1a52-9c3e-4d1a-8b2e-1f0a9b8c7d05',
        kind: 'reply',
        authorKind: 'requester',
        body: 'On, lähetän sen sähköpostilla.',
        createdAt: '2026-11-18T12:00:00.000Z',
      }),
    ],
    canReply: true,
    canCancel: true,
    canRate: false,
    rating: null,
    ratingComment: null,
    ...overrides,
  };
}

/** Lets pending promise callbacks and macrotasks (HTTP answers, translation loads) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
