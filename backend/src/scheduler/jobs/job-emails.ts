import type { Language } from '../../common/i18n/language';
import { type RenderedEmail, renderEmail } from '../../mail/templates/email-layout';

// The emails of the scheduled jobs, in fi, sv and en: plain text and HTML from the same paragraphs.

type Texts = Record<Language, string>;

const SUFFIX = ' – KEINO';

/** A date (YYYY-MM-DD) the way people write it in the language. */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  return language === 'en' ? date : `${day}.${month}.${year}`;
}

const NUMBER_LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Hours from minutes with one decimal, in the language's number format. */
export function formatHours(minutes: number, language: Language): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[language], { maximumFractionDigits: 1 }).format(minutes / 60);
}

function formatPercent(share: number | null, language: Language): string {
  if (share === null) {
    return '–';
  }
  return new Intl.NumberFormat(NUMBER_LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

export interface ReminderItem {
  readonly dueDate: string;
  readonly note: string;
  /** "Helsingin kaupunki", "#123 Title", … */
  readonly subject: string;
  readonly overdue: boolean;
}

/** To an assignee: their follow-ups due today or overdue (one email a day at most per follow-up). */
export function followUpReminderEmail(
  language: Language,
  items: readonly ReminderItem[],
  link: string,
): RenderedEmail {
  const subject: Texts = {
    fi: `Seurannat erääntyvät (${items.length})`,
    sv: `Uppföljningar förfaller (${items.length})`,
    en: `Follow-ups due (${items.length})`,
  };
  const intro: Texts = {
    fi: 'Nämä seurannat erääntyvät tänään tai ovat myöhässä:',
    sv: 'De här uppföljningarna förfaller i dag eller är försenade:',
    en: 'These follow-ups are due today or overdue:',
  };
  const late: Texts = { fi: 'MYÖHÄSSÄ', sv: 'FÖRSENAD', en: 'OVERDUE' };
  const due: Texts = { fi: 'eräpäivä', sv: 'förfallodag', en: 'due' };
  const open: Texts = { fi: 'Avaa seurannat', sv: 'Öppna uppföljningarna', en: 'Open your follow-ups' };
  return renderEmail(
    language,
    subject[language] + SUFFIX,
    [
      intro[language],
      ...items.map(
        (item) =>
          `${item.overdue ? `${late[language]}: ` : ''}${item.subject} – ${item.note} (${due[language]} ${formatDate(item.dueDate, language)})`,
      ),
    ],
    { label: open[language], url: link },
  );
}

export interface SlaWarningItem {
  readonly number: number;
  readonly title: string;
  readonly breached: boolean;
  readonly clock: 'firstResponse' | 'resolution';
  readonly dueAt: Date;
  readonly link: string;
}

/** To an agent (breaches also to coordinators): requests whose service level is at risk or breached. */
export function slaWarningEmail(language: Language, items: readonly SlaWarningItem[]): RenderedEmail {
  const breached = items.some((item) => item.breached);
  const subject: Texts = breached
    ? { fi: 'Palvelutaso ylittyi', sv: 'Servicenivån överskreds', en: 'Service level breached' }
    : { fi: 'Palvelutaso vaarassa', sv: 'Servicenivån i fara', en: 'Service level at risk' };
  const intro: Texts = {
    fi: 'Näiden tukipyyntöjen palvelutaso vaatii huomiota:',
    sv: 'Servicenivån för de här begärandena om stöd kräver uppmärksamhet:',
    en: 'The service level of these support requests needs attention:',
  };
  const state = (item: SlaWarningItem): string => {
    const what: Record<SlaWarningItem['clock'], Texts> = {
      firstResponse: { fi: 'ensimmäinen vastaus', sv: 'första svaret', en: 'first response' },
      resolution: { fi: 'ratkaisu', sv: 'lösningen', en: 'resolution' },
    };
    const status: Texts = item.breached
      ? { fi: 'myöhässä', sv: 'försenat', en: 'overdue' }
      : { fi: 'erääntyy tänään', sv: 'förfaller i dag', en: 'due today' };
    return `${what[item.clock][language]} ${status[language]}`;
  };
  return renderEmail(language, subject[language] + SUFFIX, [
    intro[language],
    ...items.map((item) => `#${item.number} ${item.title}: ${state(item)} – ${item.link}`),
  ]);
}

export interface DigestContent {
  readonly weekStart: string;
  readonly openRequests: number;
  readonly oldestOpen: readonly { number: number; title: string }[];
  readonly atRisk: readonly { number: number; title: string }[];
  readonly breached: readonly { number: number; title: string }[];
  readonly followUpsOverdue: readonly { dueDate: string; note: string }[];
  readonly followUpsThisWeek: readonly { dueDate: string; note: string }[];
  readonly minutesLastWeek: number;
}

/** To each agent on Monday morning: their week at a glance. */
export function weeklyDigestEmail(language: Language, digest: DigestContent, link: string): RenderedEmail {
  const t = {
    subject: { fi: 'Viikkokatsaus', sv: 'Veckoöversikt', en: 'Weekly digest' },
    week: { fi: 'Viikko alkaen', sv: 'Veckan från', en: 'Week starting' },
    open: {
      fi: 'Avoimia tukipyyntöjä sinulla',
      sv: 'Öppna begäranden om stöd hos dig',
      en: 'Your open support requests',
    },
    oldest: { fi: 'Vanhimmat', sv: 'Äldsta', en: 'Oldest' },
    atRisk: { fi: 'Palvelutaso vaarassa', sv: 'Servicenivån i fara', en: 'Service level at risk' },
    breached: { fi: 'Palvelutaso ylittynyt', sv: 'Servicenivån överskriden', en: 'Service level breached' },
    overdue: { fi: 'Myöhässä olevat seurannat', sv: 'Försenade uppföljningar', en: 'Overdue follow-ups' },
    thisWeek: { fi: 'Tämän viikon seurannat', sv: 'Veckans uppföljningar', en: 'Follow-ups this week' },
    hours: {
      fi: 'Kirjatut tunnit viime viikolla',
      sv: 'Loggade timmar förra veckan',
      en: 'Hours logged last week',
    },
    none: { fi: 'ei yhtään', sv: 'inga', en: 'none' },
    open2: { fi: 'Avaa KEINO', sv: 'Öppna KEINO', en: 'Open KEINO' },
  } satisfies Record<string, Texts>;
  const requests = (label: Texts, rows: readonly { number: number; title: string }[]): string =>
    `${label[language]} (${rows.length}): ${rows.length ? rows.map((row) => `#${row.number} ${row.title}`).join('; ') : t.none[language]}`;
  const followUps = (label: Texts, rows: readonly { dueDate: string; note: string }[]): string =>
    `${label[language]} (${rows.length}): ${rows.length ? rows.map((row) => `${formatDate(row.dueDate, language)} ${row.note}`).join('; ') : t.none[language]}`;
  return renderEmail(
    language,
    `${t.subject[language]} ${formatDate(digest.weekStart, language)}${SUFFIX}`,
    [
      `${t.week[language]} ${formatDate(digest.weekStart, language)}`,
      `${t.open[language]}: ${digest.openRequests}`,
      requests(t.oldest, digest.oldestOpen),
      requests(t.breached, digest.breached),
      requests(t.atRisk, digest.atRisk),
      followUps(t.overdue, digest.followUpsOverdue),
      followUps(t.thisWeek, digest.followUpsThisWeek),
      `${t.hours[language]}: ${formatHours(digest.minutesLastWeek, language)}`,
    ],
    { label: t.open2[language], url: link },
  );
}

export interface NationalSummary {
  readonly from: string;
  readonly to: string;
  readonly activeUnits: number;
  readonly reachedUnits: number;
  readonly requestsReceived: number;
  readonly requestsResolved: number;
  readonly minutes: number;
  /** Share of requests resolved in the period that met both service levels; null when none resolved. */
  readonly slaCompliance: number | null;
  readonly regionsWithAgent: number;
  readonly regionCount: number;
  readonly regionsWithoutAgent: readonly { nameFi: string; nameSv: string; nameEn: string }[];
}

/** To ministry users on the 1st: last month's national figures, aggregates only. */
export function monthlySummaryEmail(
  language: Language,
  summary: NationalSummary,
  link: string,
): RenderedEmail {
  const t = {
    subject: { fi: 'Kuukausikatsaus', sv: 'Månadsöversikt', en: 'Monthly summary' },
    period: { fi: 'Ajanjakso', sv: 'Period', en: 'Period' },
    reach: {
      fi: 'Tavoitetut hankintayksiköt',
      sv: 'Nådda upphandlande enheter',
      en: 'Contracting units reached',
    },
    coverage: { fi: 'kattavuus', sv: 'täckning', en: 'coverage' },
    received: {
      fi: 'Vastaanotetut tukipyynnöt',
      sv: 'Mottagna begäranden om stöd',
      en: 'Support requests received',
    },
    resolved: {
      fi: 'Ratkaistut tukipyynnöt',
      sv: 'Lösta begäranden om stöd',
      en: 'Support requests resolved',
    },
    hours: { fi: 'Neuvontatunnit', sv: 'Rådgivningstimmar', en: 'Hours of advice' },
    sla: { fi: 'Palvelutasossa pysyneet', sv: 'Inom servicenivån', en: 'SLA compliance' },
    agents: {
      fi: 'Maakuntia, joilla on muutosagentti',
      sv: 'Landskap med förändringsagent',
      en: 'Regions with an agent',
    },
    without: { fi: 'Ilman muutosagenttia', sv: 'Utan förändringsagent', en: 'Without an agent' },
    none: { fi: 'ei yhtään', sv: 'inga', en: 'none' },
    open: { fi: 'Avaa kansallinen näkymä', sv: 'Öppna den nationella vyn', en: 'Open the national view' },
  } satisfies Record<string, Texts>;
  const nameKey = ({ fi: 'nameFi', sv: 'nameSv', en: 'nameEn' } as const)[language];
  const coverage = summary.activeUnits ? summary.reachedUnits / summary.activeUnits : null;
  return renderEmail(
    language,
    `${t.subject[language]} ${summary.from.slice(0, 7)}${SUFFIX}`,
    [
      `${t.period[language]}: ${formatDate(summary.from, language)}–${formatDate(summary.to, language)}`,
      `${t.reach[language]}: ${summary.reachedUnits} / ${summary.activeUnits} (${t.coverage[language]} ${formatPercent(coverage, language)})`,
      `${t.received[language]}: ${summary.requestsReceived}`,
      `${t.resolved[language]}: ${summary.requestsResolved}`,
      `${t.hours[language]}: ${formatHours(summary.minutes, language)}`,
      `${t.sla[language]}: ${formatPercent(summary.slaCompliance, language)}`,
      `${t.agents[language]}: ${summary.regionsWithAgent} / ${summary.regionCount}`,
      `${t.without[language]}: ${summary.regionsWithoutAgent.length ? summary.regionsWithoutAgent.map((region) => region[nameKey]).join(', ') : t.none[language]}`,
    ],
    { label: t.open[language], url: link },
  );
}
