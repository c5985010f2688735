import en from '../../../public/i18n/public-request/en.json';
import fi from '../../../public/i18n/public-request/fi.json';
import sv from '../../../public/i18n/public-request/sv.json';
import { PROCUREMENT_STAGES, RATINGS, URGENCIES } from './public-request-options';
import { flattenTranslations, itHasCompleteTranslations } from '../../testing/translation-checks';

const STATUSES = ['new', 'assigned', 'in_progress', 'waiting_for_unit', 'resolved', 'closed', 'cancelled'];

describe('public-request translation files', () => {
  itHasCompleteTranslations({ fi, sv, en });

  it.each([
    ['stages', PROCUREMENT_STAGES],
    ['urgencies', URGENCIES],
    ['statuses', STATUSES],
    ['statusExplanations', STATUSES],
    ['status.ratings', RATINGS.map(String)],
  ])('names every value of %s', (section, values) => {
    const keys = Object.keys(flattenTranslations(fi));
    expect(values.filter((value) => !keys.includes(`${section}.${value}`))).toEqual([]);
  });
});
