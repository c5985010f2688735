import en from '../../../public/i18n/units/en.json';
import fi from '../../../public/i18n/units/fi.json';
import sv from '../../../public/i18n/units/sv.json';
import { UNIT_TYPES } from './unit-types';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return { [prefix]: value };
  }
  return Object.entries(value).reduce<Record<string, unknown>>(
    (result, [key, child]) => ({ ...result, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

describe('units translation files', () => {
  const finnishKeys = Object.keys(flatten(fi)).sort();

  it.each([
    ['sv', sv],
    ['en', en],
  ])('%s has exactly the keys of fi', (_language, translation) => {
    expect(Object.keys(flatten(translation)).sort()).toEqual(finnishKeys);
  });

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('%s has a non-empty text for every key', (_language, translation) => {
    const empty = Object.entries(flatten(translation)).filter(
      ([, text]) => typeof text !== 'string' || text.trim() === '',
    );
    expect(empty).toEqual([]);
  });

  it.each([
    ['fi', fi, ['Kunta', 'Hyvinvointialue', 'Kuntayhtymä', 'Valtion virasto', 'Kunnallinen yhtiö']],
    ['sv', sv, ['Kommun', 'Välfärdsområde', 'Samkommun', 'Statligt ämbetsverk', 'Kommunalt bolag']],
  ])('names every unit type in %s', (_language, translation, firstNames) => {
    const names = UNIT_TYPES.map((type) => flatten(translation)[`types.${type}`]);
    expect(names.slice(0, 5)).toEqual(firstNames);
    expect(names.every((name) => typeof name === 'string' && name !== '')).toBe(true);
  });
});
