import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

// The files beside this module are copied from ../shared/data (see SOURCE.md here for origin and licence).
const directory = __dirname;

export interface RegionRow {
  code: string;
  nuts3Code: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export interface MunicipalityRow {
  code: string;
  nameFi: string;
  nameSv: string;
  regionCode: string;
}

export interface LabelledRow {
  code: string;
  labelFi: string;
  labelSv: string;
  labelEn: string;
}

export interface ThemeRow extends LabelledRow {
  sortOrder: number;
}

export interface CpvDivisionRow extends LabelledRow {
  cpvCode: string;
}

interface LabelledJson {
  code: string;
  labels: { fi: string; sv: string; en: string };
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(join(directory, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(directory, file), 'utf8')) as T;
}

export function readRegions(): RegionRow[] {
  return readCsv('regions.csv').map((row) => ({
    code: row['code'],
    nuts3Code: row['nuts3_code'],
    nameFi: row['name_fi'],
    nameSv: row['name_sv'],
    nameEn: row['name_en'],
  }));
}

export function readMunicipalities(): MunicipalityRow[] {
  return readCsv('municipalities.csv').map((row) => ({
    code: row['code'],
    nameFi: row['name_fi'],
    nameSv: row['name_sv'],
    regionCode: row['region_code'],
  }));
}

function toLabelledRow({ code, labels }: LabelledJson): LabelledRow {
  return { code, labelFi: labels.fi, labelSv: labels.sv, labelEn: labels.en };
}

export function readThemes(): ThemeRow[] {
  return readJson<(LabelledJson & { sortOrder: number })[]>('themes.json').map((theme) => ({
    ...toLabelledRow(theme),
    sortOrder: theme.sortOrder,
  }));
}

export function readCpvDivisions(): CpvDivisionRow[] {
  return readJson<(LabelledJson & { cpvCode: string })[]>('cpv-divisions.json').map((division) => ({
    ...toLabelledRow(division),
    cpvCode: division.cpvCode,
  }));
}

export interface WellbeingCountyRow {
  code: string;
  nameFi: string;
  nameSv: string;
  regionCodes: string[];
  isWellbeingServicesCounty: boolean;
}

export function readWellbeingCounties(): WellbeingCountyRow[] {
  return readCsv('wellbeing-counties.csv').map((row) => ({
    code: row['hyvinvointialue_code'],
    nameFi: row['name_fi'],
    nameSv: row['name_sv'],
    regionCodes: row['maakunta_codes'].split(/[;|]/).map((code) => code.trim().padStart(2, '0')),
    isWellbeingServicesCounty: row['is_wellbeing_services_county'] === 'yes',
  }));
}
