import en from '../../../public/i18n/units/en.json';
import fi from '../../../public/i18n/units/fi.json';
import sv from '../../../public/i18n/units/sv.json';
import { UNIT_TYPES } from './unit-types';
import { flattenTranslations, itHasCompleteTranslations } from '../../testing/translation-checks';

describe('units translation files', () => {
  itHasCompleteTranslations({ fi, sv, en });

  it.each([
    ['fi', fi, ['Kunta', 'Hyvinvointialue', 'Kuntayhtymä', 'Valtion virasto', 'Kunnallinen yhtiö']],
    ['sv', sv, ['Kommun', 'Välfärdsområde', 'Samkommun', 'Statligt ämbetsverk', 'Kommunalt bolag']],
  ])('names every unit type in %s', (_language, translation, firstNames) => {
    const names = UNIT_TYPES.map((type) => flattenTranslations(translation)[`types.${type}`]);
    expect(names.slice(0, 5)).toEqual(firstNames);
    expect(names.every((name) => typeof name === 'string' && name !== '')).toBe(true);
  });
});
