import en from '../../../public/i18n/workload/en.json';
import fi from '../../../public/i18n/workload/fi.json';
import sv from '../../../public/i18n/workload/sv.json';
import { flattenTranslations, itHasCompleteTranslations } from '../../testing/translation-checks';
import { AGENT_ID, dashboardFixture } from './testing/workload-testing';
import { workloadView } from './workload-view';

// Keys the code builds from values (`workload.status.in_progress`), which a search for literals misses.
function composedKeys(): string[] {
  const view = workloadView(dashboardFixture(), {
    language: 'fi',
    locale: 'fi',
    owner: { agentUserId: AGENT_ID, isOwn: true },
  });
  return [
    view.openRequests.total,
    ...view.openRequests.byStatus,
    ...view.openRequests.byAge,
    view.serviceLevels.atRisk,
    view.serviceLevels.breached,
    ...view.followUps,
  ]
    .map((figure) => figure.labelKey.replace(/^workload\./, ''))
    .concat(view.serviceLevels.clocks.map((row) => `serviceLevels.clocks.${row.clock}`));
}

describe('workload translation files', () => {
  const finnishKeys = Object.keys(flattenTranslations(fi));

  itHasCompleteTranslations({ fi, sv, en });

  it('names every figure, status, age and clock', () => {
    expect(composedKeys().filter((key) => !finnishKeys.includes(key))).toEqual([]);
  });

  it.each([
    ['fi', fi, 'Oma työtilanne', 'Avoimet tukipyynnöt', 'Valkoiset alueet'],
    ['sv', sv, 'Min arbetssituation', 'Öppna begäranden om stöd', 'Vita fläckar'],
    ['en', en, 'My workload', 'Open support requests', 'White spots'],
  ])('uses the agreed %s names', (_language, translation, title, openRequests, whiteSpots) => {
    const texts = flattenTranslations(translation);
    expect([texts['page.title'], texts['openRequests.heading'], texts['whiteSpots.heading']]).toEqual([
      title,
      openRequests,
      whiteSpots,
    ]);
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ])('%s keeps the placeholders of fi', (_language, translation) => {
    const placeholders = (text: unknown): string[] =>
      [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? '').sort();
    const finnish = flattenTranslations(fi);
    const differing = Object.entries(flattenTranslations(translation)).filter(
      ([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(finnish[key])),
    );
    expect(differing).toEqual([]);
  });
});
