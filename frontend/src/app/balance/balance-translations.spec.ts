import en from '../../../public/i18n/balance/en.json';
import fi from '../../../public/i18n/balance/fi.json';
import sv from '../../../public/i18n/balance/sv.json';
import { flattenTranslations, itHasCompleteTranslations } from '../../testing/translation-checks';
import { AGENT_COLUMNS } from './agent-rows';
import { QUEUE_SLA_STATES } from './queue-sla-badge/queue-sla-badge';

// Keys the templates build from values (`'balance.queue.sla.' + state`), which a search for literals misses.
const COMPOSED_KEYS: readonly string[] = [
  ...AGENT_COLUMNS.map((column) => `agents.columns.${column}`),
  ...['openRequests', 'atRisk', 'breached', 'overdueFollowUps'].map((column) => `agents.links.${column}`),
  ...['total', 'atRisk', 'breached'].map((count) => `queue.${count}`),
  ...QUEUE_SLA_STATES.map((state) => `queue.sla.${state}`),
];

describe('balance translation files', () => {
  const finnishKeys = Object.keys(flattenTranslations(fi)).sort();

  itHasCompleteTranslations({ fi, sv, en });

  it('names every column, count link, queue count and service level', () => {
    expect(COMPOSED_KEYS.filter((key) => !finnishKeys.includes(key))).toEqual([]);
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

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('%s gives a standard reason the server accepts (3–1000 characters)', (_language, translation) => {
    const reason = flattenTranslations(translation)['reassign.defaultReason'];
    expect(typeof reason === 'string' && reason.length >= 3 && reason.length <= 1000).toBe(true);
  });
});
