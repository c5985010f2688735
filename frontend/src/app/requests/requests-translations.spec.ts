import en from '../../../public/i18n/requests/en.json';
import fi from '../../../public/i18n/requests/fi.json';
import sv from '../../../public/i18n/requests/sv.json';
import { REQUEST_SORT_FIELDS, REQUEST_PRESETS } from './request-list-query';
import { PROCUREMENT_STAGES, REQUEST_STATUSES, STAFF_REQUEST_SOURCES, URGENCIES } from './request-options';
import { RATING_VALUES } from './request-page/request-rating';
import { flattenTranslations, itHasCompleteTranslations } from '../../testing/translation-checks';

// Keys the templates build from values (`'requests.status.' + status`), which a search for literals misses.
const COMPOSED_KEYS: readonly string[] = [
  ...REQUEST_STATUSES.map((status) => `status.${status}`),
  ...PROCUREMENT_STAGES.map((stage) => `stage.${stage}`),
  ...URGENCIES.map((urgency) => `urgency.${urgency}`),
  ...['web_form', ...STAFF_REQUEST_SOURCES].map((source) => `source.${source}`),
  ...['onTrack', 'atRisk', 'breached', 'met', 'metLate', 'paused'].map((state) => `sla.states.${state}`),
  'sla.firstResponse',
  'sla.resolution',
  ...Object.keys(REQUEST_PRESETS).map((preset) => `list.presets.${preset}`),
  ...REQUEST_SORT_FIELDS.flatMap((field) => [`list.sorts.${field}.asc`, `list.sorts.${field}.desc`]),
  ...['created', 'assignment', 'status_change', 'message', 'note', 'reply', 'rating'].map(
    (kind) => `timeline.kinds.${kind}`,
  ),
  ...['staff', 'requester', 'system'].map((author) => `timeline.authors.${author}`),
  ...['message', 'note', 'reply'].flatMap((kind) =>
    ['kinds', 'bodyLabels', 'hints', 'submit', 'done'].map((group) => `composer.${group}.${kind}`),
  ),
  ...['assign', 'take', 'start', 'resume', 'reopen', 'wait', 'resolve', 'close', 'cancel'].map(
    (action) => `actions.${action}`,
  ),
  ...RATING_VALUES.map((value) => `rating.values.${value}`),
];

describe('requests translation files', () => {
  const finnishKeys = Object.keys(flattenTranslations(fi)).sort();

  itHasCompleteTranslations({ fi, sv, en });

  it('names every status, stage, urgency, source, service level, view, order and timeline entry', () => {
    expect(COMPOSED_KEYS.filter((key) => !finnishKeys.includes(key))).toEqual([]);
  });

  it.each([
    ['fi', fi, 'Viesti pyytäjälle (valinnainen)', 'Sisäinen muistiinpano'],
    ['sv', sv, 'Meddelande till frågeställaren (valfritt)', 'Intern anteckning'],
    ['en', en, 'Message to the requester (optional)', 'Internal note'],
  ])('tells the %s user who sees what they write', (_language, translation, comment, internal) => {
    const texts = flattenTranslations(translation);
    expect(texts['transition.comment']).toBe(comment);
    expect(texts['timeline.internal']).toBe(internal);
  });
});
