import { type EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';
import unitsEn from '../../../../public/i18n/units/en.json';
import unitsFi from '../../../../public/i18n/units/fi.json';
import unitsSv from '../../../../public/i18n/units/sv.json';
import type { ContactDto } from '../../core/api/generated/models/contact-dto';
import type { ImportReportDto } from '../../core/api/generated/models/import-report-dto';
import type { ImportRowDto } from '../../core/api/generated/models/import-row-dto';
import type { MunicipalityDto } from '../../core/api/generated/models/municipality-dto';
import type { UnitDto } from '../../core/api/generated/models/unit-dto';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../core/i18n/language';

/** Transloco with the real shared and `units` scope translation files, preloaded, for unit tests. */
export function provideUnitsTranslocoTesting(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: { fi, sv, en, 'units/fi': unitsFi, 'units/sv': unitsSv, 'units/en': unitsEn },
      translocoConfig: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
      },
      preloadLangs: true,
    }),
  );
}

export const UNIT_ID = '3f1c9a52-6b7e-4d1a-9c3e-2a4b5c6d7e8f';
export const OTHER_UNIT_ID = '7a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d';

export function unitFixture(overrides: Partial<UnitDto> = {}): UnitDto {
  return {
    id: UNIT_ID,
    nameFi: 'Helsingin kaupunki',
    nameSv: 'Helsingfors stad',
    businessId: '0201256-6',
    type: 'municipality',
    municipalityCode: '091',
    regionCode: '01',
    estimatedAnnualSpend: '1250000.50',
    website: 'https://www.hel.fi',
    isActive: true,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-02-01T08:30:00.000Z',
    version: 3,
    ...overrides,
  };
}

export const HELSINKI: MunicipalityDto = {
  code: '091',
  names: { fi: 'Helsinki', sv: 'Helsingfors' },
  regionCode: '01',
};

export function contactFixture(overrides: Partial<ContactDto> = {}): ContactDto {
  return {
    id: '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e',
    unitId: UNIT_ID,
    name: 'Maija Meikäläinen',
    email: 'maija.meikalainen@example.fi',
    phone: '+358 40 123 4567',
    title: 'Hankintapäällikkö',
    preferredLanguage: 'fi',
    isErased: false,
    updatedAt: '2026-02-01T08:30:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function importRowFixture(overrides: Partial<ImportRowDto> = {}): ImportRowDto {
  return {
    row: 2,
    action: 'create',
    contactAction: 'none',
    businessId: '0201256-6',
    name: 'Helsingin kaupunki',
    errors: [],
    ...overrides,
  };
}

export function importReportFixture(overrides: Partial<ImportReportDto> = {}): ImportReportDto {
  return {
    dryRun: true,
    encoding: 'windows-1252',
    delimiter: ';',
    totalRows: 3,
    units: { create: 1, update: 1, unchanged: 0, reject: 1 },
    contacts: { create: 1, update: 0, unchanged: 0, reject: 1 },
    ignoredColumns: ['Huomautukset'],
    rows: [
      importRowFixture({ row: 2, contactAction: 'create' }),
      importRowFixture({ row: 3, action: 'update', businessId: '0208201-1', name: 'Espoon kaupunki' }),
      importRowFixture({
        row: 4,
        action: 'reject',
        businessId: '1234567-1',
        name: 'Virheellinen Oy',
        errors: [
          { column: 'Y-tunnus', message: 'invalid business ID' },
          { column: 'Tyyppi', message: 'unknown type "yhtiö"' },
        ],
      }),
    ],
    ...overrides,
  };
}

/** Lets pending promise callbacks and macrotasks (HTTP answers, translation loads) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
