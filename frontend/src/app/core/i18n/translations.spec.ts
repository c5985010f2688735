import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';
import { itHasCompleteTranslations } from '../../../testing/translation-checks';

describe('translation files', () => {
  itHasCompleteTranslations({ fi, sv, en });
});
