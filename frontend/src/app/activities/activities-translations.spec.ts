import en from '../../../public/i18n/activities/en.json';
import fi from '../../../public/i18n/activities/fi.json';
import sv from '../../../public/i18n/activities/sv.json';
import { ACTIVITY_FIELD_ERROR_KEYS } from './activity-field-error/activity-field-error-message';
import { ACTIVITY_TYPES, FOLLOW_UP_INTERVALS } from './activity-options';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return { [prefix]: value };
  }
  return Object.entries(value).reduce<Record<string, unknown>>(
    (result, [key, child]) => ({ ...result, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

// Keys the templates and code build from values (`'activities.type.' + type`), which a search for literals misses.
const COMPOSED_KEYS: readonly string[] = [
  ...ACTIVITY_TYPES.map((type) => `type.${type}`),
  ...FOLLOW_UP_INTERVALS.map((interval) => `followUpIn.${interval}`),
  ...ACTIVITY_FIELD_ERROR_KEYS.map((key) => `fieldErrors.${key}`),
];

describe('activities translation files', () => {
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

  it('names every activity type, follow-up choice and field error', () => {
    expect(COMPOSED_KEYS.filter((key) => !finnishKeys.includes(key))).toEqual([]);
  });

  it.each([
    [
      'fi',
      fi,
      'Neuvontaloki',
      ['Neuvontapuhelu', 'Tapaaminen', 'Työpaja', 'Koulutus', 'Tapahtuma', 'Vertaisarviointi', 'Muu'],
    ],
    [
      'sv',
      sv,
      'Rådgivningslogg',
      ['Rådgivningssamtal', 'Möte', 'Workshop', 'Utbildning', 'Evenemang', 'Kollegial granskning', 'Annat'],
    ],
    [
      'en',
      en,
      'Advice log',
      ['Advice call', 'Meeting', 'Workshop', 'Training', 'Event', 'Peer review', 'Other'],
    ],
  ])('uses the network’s own %s terms', (_language, translation, logName, typeNames) => {
    const texts = flatten(translation);
    expect(texts['log.heading']).toBe(logName);
    expect(ACTIVITY_TYPES.map((type) => texts[`type.${type}`])).toEqual(typeNames);
  });
});
