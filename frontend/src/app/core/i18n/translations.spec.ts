import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return { [prefix]: value };
  }
  return Object.entries(value).reduce<Record<string, unknown>>(
    (result, [key, child]) => ({ ...result, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

describe('translation files', () => {
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
});
