import en from '../../../public/i18n/public-request/en.json';
import fi from '../../../public/i18n/public-request/fi.json';
import sv from '../../../public/i18n/public-request/sv.json';
import { PROCUREMENT_STAGES, RATINGS, URGENCIES } from './public-request-options';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return { [prefix]: value };
  }
  return Object.entries(value).reduce<Record<string, unknown>>(
    (result, [key, child]) => ({ ...result, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

const STATUSES = ['new', 'assigned', 'in_progress', 'waiting_for_unit', 'resolved', 'closed', 'cancelled'];

describe('public-request translation files', () => {
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
    ['stages', PROCUREMENT_STAGES],
    ['urgencies', URGENCIES],
    ['statuses', STATUSES],
    ['statusExplanations', STATUSES],
    ['status.ratings', RATINGS.map(String)],
  ])('names every value of %s', (section, values) => {
    const keys = Object.keys(flatten(fi));
    expect(values.filter((value) => !keys.includes(`${section}.${value}`))).toEqual([]);
  });
});
