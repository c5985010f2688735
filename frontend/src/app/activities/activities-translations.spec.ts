import en from '../../../public/i18n/activities/en.json';
import fi from '../../../public/i18n/activities/fi.json';
import sv from '../../../public/i18n/activities/sv.json';
import { ACTIVITY_FIELD_ERROR_KEYS } from './activity-field-error/activity-field-error-message';
import { ACTIVITY_TYPES, FOLLOW_UP_INTERVALS } from './activity-options';
import { flattenTranslations, itHasCompleteTranslations } from '../../testing/translation-checks';

// Keys the templates and code build from values (`'activities.type.' + type`), which a search for literals misses.
const COMPOSED_KEYS: readonly string[] = [
  ...ACTIVITY_TYPES.map((type) => `type.${type}`),
  ...FOLLOW_UP_INTERVALS.map((interval) => `followUpIn.${interval}`),
  ...ACTIVITY_FIELD_ERROR_KEYS.map((key) => `fieldErrors.${key}`),
];

describe('activities translation files', () => {
  const finnishKeys = Object.keys(flattenTranslations(fi)).sort();

  itHasCompleteTranslations({ fi, sv, en });

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
    const texts = flattenTranslations(translation);
    expect(texts['log.heading']).toBe(logName);
    expect(ACTIVITY_TYPES.map((type) => texts[`type.${type}`])).toEqual(typeNames);
  });
});
