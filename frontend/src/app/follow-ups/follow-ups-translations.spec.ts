import en from '../../../public/i18n/follow-ups/en.json';
import fi from '../../../public/i18n/follow-ups/fi.json';
import sv from '../../../public/i18n/follow-ups/sv.json';
import { ACTIVITY_TYPES, FOLLOW_UP_BUCKETS, FOLLOW_UP_STATUSES, QUICK_DUE_DATES } from './follow-up-options';
import { DATEPICKER_LABELS } from './follow-up-dialog/localized-datepicker-intl';
import { flattenTranslations, itHasCompleteTranslations } from '../../testing/translation-checks';

// Keys the templates build from values (`'followUps.groups.' + bucket`), which a search for literals misses.
const COMPOSED_KEYS: readonly string[] = [
  ...FOLLOW_UP_BUCKETS.map((bucket) => `groups.${bucket}`),
  ...FOLLOW_UP_STATUSES.map((status) => `status.${status}`),
  ...ACTIVITY_TYPES.map((type) => `activityTypes.${type}`),
  ...QUICK_DUE_DATES.map((choice) => `dialog.quick.${choice.key}`),
  ...DATEPICKER_LABELS.map((label) => `datepicker.${label}`),
  ...['required', 'date', 'past', 'months', 'maxLength', 'tooLong', 'notAnAssignee', 'invalid'].map(
    (error) => `fieldErrors.${error}`,
  ),
];

describe('follow-ups translation files', () => {
  const finnishKeys = Object.keys(flattenTranslations(fi)).sort();

  itHasCompleteTranslations({ fi, sv, en });

  it('names every group, status, activity type, quick date, datepicker button and field error', () => {
    expect(COMPOSED_KEYS.filter((key) => !finnishKeys.includes(key))).toEqual([]);
  });

  it.each([
    ['fi', fi, ['Myöhässä', 'Tänään', 'Tällä viikolla', 'Myöhemmin']],
    ['sv', sv, ['Försenade', 'I dag', 'Den här veckan', 'Senare']],
    ['en', en, ['Overdue', 'Today', 'This week', 'Later']],
  ])('names the %s groups as agreed', (_language, translation, names) => {
    const texts = flattenTranslations(translation);
    expect(FOLLOW_UP_BUCKETS.map((bucket) => texts[`groups.${bucket}`])).toEqual(names);
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
});
