import en from '../../../public/i18n/national/en.json';
import fi from '../../../public/i18n/national/fi.json';
import sv from '../../../public/i18n/national/sv.json';
import { flattenTranslations, itHasCompleteTranslations } from '../../testing/translation-checks';
import { HEADLINE_KEYS } from './coverage-figures/headline-figures';
import { PERIOD_KINDS, QUARTERS } from './coverage-period';
import { NUMERIC_COLUMNS } from './coverage-table/region-sort';
import { EXPORT_FORMATS } from './export-links/export-links';
import { COVERAGE_UNIT_TYPES } from './unit-type-reach/unit-type-reach';

// Keys the templates build from values (`'national.period.kinds.' + kind`), which a search for literals misses.
const COMPOSED_KEYS: readonly string[] = [
  ...PERIOD_KINDS.map((kind) => `period.kinds.${kind}`),
  ...QUARTERS.map((quarter) => `period.quarters.${quarter}`),
  ...['invalidDate', 'toBeforeFrom', 'tooLong'].map((error) => `period.errors.${error}`),
  ...HEADLINE_KEYS.map((key) => `figures.labels.${key}`),
  ...['businessDays', 'slaMet'].map((detail) => `figures.details.${detail}`),
  ...['name', 'agent', ...NUMERIC_COLUMNS].map((column) => `table.columns.${column}`),
  ...EXPORT_FORMATS.map((format) => `export.${format}`),
  ...COVERAGE_UNIT_TYPES.map((type) => `unitTypes.${type}`),
];

describe('coverage translation files', () => {
  const finnishKeys = Object.keys(flattenTranslations(fi)).sort();

  itHasCompleteTranslations({ fi, sv, en });

  it('names every period kind, quarter, period error, figure, column, download and unit type', () => {
    expect(COMPOSED_KEYS.filter((key) => !finnishKeys.includes(key))).toEqual([]);
  });

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('%s keeps the placeholders of fi', (_language, translation) => {
    const placeholders = (text: unknown): string[] =>
      [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
    const finnish = flattenTranslations(fi);
    const differing = Object.entries(flattenTranslations(translation)).filter(
      ([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(finnish[key])),
    );
    expect(differing).toEqual([]);
  });

  it.each([
    ['fi', fi, '%-yks.'],
    ['sv', sv, 'procentenheter'],
    ['en', en, 'pp'],
  ])('writes percentage points the %s way', (_language, translation, unit) => {
    expect(flattenTranslations(translation)['figures.points']).toBe(`{{value}} ${unit}`);
  });
});
