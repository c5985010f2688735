import { randomUUID } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { HELSINKI_TIME_ZONE, helsinkiDate } from '../../common/time/helsinki-date';
import type { Language } from '../../common/i18n/language';
import type { ProcurementStage, RequestEventKind, Urgency } from '../../requests/request-options';
import { AUTO_CLOSE_AFTER_DAYS, type RequestStatus } from '../../requests/request-workflow';
import {
  businessDaysBetween,
  dueAfterBusinessDays,
  isBusinessDay,
  nthBusinessDayAfter,
} from '../../service-levels/business-calendar';
import type { DemoRandom } from './demo-random';

export interface DemoRequestUnit {
  readonly id: string;
  readonly regionCode: string;
  readonly type: string;
  readonly contacts: readonly { id: string; name: string; email: string; language: Language }[];
}

export interface DemoRequestRow {
  id: string;
  unitId: string;
  requesterContactId: string;
  requesterName: string;
  requesterEmail: string;
  requesterLanguage: Language;
  requesterVerifiedAt: Date | null;
  title: string;
  description: string;
  cpvDivisionCode: string | null;
  procurementStage: ProcurementStage;
  urgency: Urgency;
  source: 'web_form' | 'email' | 'phone' | 'event';
  status: RequestStatus;
  regionCode: string;
  assignedAgentUserId: string | null;
  submittedAt: Date;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  firstRespondedAt: Date | null;
  pausedBusinessDays: number;
  waitingSince: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
}

export interface DemoEventRow {
  requestId: string;
  kind: RequestEventKind;
  isInternal: boolean;
  authorKind: 'staff' | 'requester' | 'system';
  authorUserId: string | null;
  body: string | null;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus | null;
  toAgentUserId: string | null;
  reason: string | null;
  rating: number | null;
  createdAt: Date;
}

export interface DemoRequests {
  readonly requests: DemoRequestRow[];
  readonly themes: { requestId: string; themeCode: string }[];
  readonly events: DemoEventRow[];
}

interface Topic {
  readonly theme: string;
  readonly title: string;
  readonly description: string;
  readonly cpv: string | null;
}

// What contracting units really ask change agents about (fictional wording).
const TOPICS: readonly Topic[] = [
  {
    theme: 'climate_low_carbon',
    title: 'Hiilijalanjälki päiväkodin rakennushankkeessa',
    description:
      'Miten asetamme vähähiilisyyskriteerit ja vertailemme hiilijalanjälkeä uuden päiväkodin urakassa?',
    cpv: '45',
  },
  {
    theme: 'climate_low_carbon',
    title: 'Sähköiset työkoneet katujen kunnossapidossa',
    description:
      'Haluamme edellyttää päästöttömiä työkoneita kunnossapitourakassa. Millaisia vaatimuksia markkinat kestävät?',
    cpv: '90',
  },
  {
    theme: 'circular_economy',
    title: 'Kalusteiden kiertotalous koulujen hankinnassa',
    description: 'Voimmeko hankkia kunnostettuja kalusteita ja miten kierrätys kirjataan sopimukseen?',
    cpv: '39',
  },
  {
    theme: 'circular_economy',
    title: 'IT-laitteiden elinkaaren pidentäminen',
    description:
      'Tavoitteena on pidentää tietokoneiden käyttöikää. Miten huolto ja uudelleenkäyttö hankitaan?',
    cpv: '30',
  },
  {
    theme: 'environment_biodiversity',
    title: 'Luonnon monimuotoisuus viheralueurakassa',
    description: 'Miten viheralueiden hoitourakkaan saadaan monimuotoisuutta edistäviä vaatimuksia?',
    cpv: '77',
  },
  {
    theme: 'social_responsibility_employment',
    title: 'Työllistämisehto siivouspalveluihin',
    description:
      'Suunnittelemme työllistämisehtoa siivouspalvelujen kilpailutukseen. Miten ehto muotoillaan ja sen toteutumista seurataan?',
    cpv: '90',
  },
  {
    theme: 'human_rights_supply_chains',
    title: 'Ihmisoikeudet työkäsineiden toimitusketjussa',
    description: 'Miten voimme varmistaa, ettei hankkimiemme käsineiden valmistuksessa käytetä pakkotyötä?',
    cpv: '18',
  },
  {
    theme: 'innovation_procurement',
    title: 'Innovatiivinen ratkaisu kotihoidon etäseurantaan',
    description:
      'Etsimme uutta ratkaisua kotihoidon asiakkaiden etäseurantaan. Sopiiko innovaatiokumppanuus?',
    cpv: '33',
  },
  {
    theme: 'innovation_procurement',
    title: 'Esikaupallinen hankinta jätehuollon optimointiin',
    description:
      'Voisiko jätteenkeräyksen reittejä optimoida uudella teknologialla? Miten esikaupallinen hankinta etenee?',
    cpv: '90',
  },
  {
    theme: 'market_dialogue',
    title: 'Markkinavuoropuhelu ateriapalveluista',
    description:
      'Järjestämme markkinavuoropuhelun ateriapalveluista. Miten kutsumme toimittajat ja dokumentoimme keskustelut?',
    cpv: '55',
  },
  {
    theme: 'market_dialogue',
    title: 'RFI kuljetuspalveluiden sähköistämisestä',
    description: 'Haluamme kysyä markkinoilta, kuinka nopeasti koulukuljetukset voidaan sähköistää.',
    cpv: '60',
  },
  {
    theme: 'strategic_management_indicators',
    title: 'Hankintastrategian mittarit',
    description:
      'Päivitämme hankintastrategiaa. Millaisilla mittareilla kestävyystavoitteiden toteutumista seurataan?',
    cpv: null,
  },
  {
    theme: 'competence_training',
    title: 'Koulutus hankintojen ilmastovaikutuksista',
    description: 'Toivomme koulutusta hankintatiimille ilmastovaikutusten arvioinnista.',
    cpv: null,
  },
  {
    theme: 'eu_funding_international',
    title: 'EU-rahoitus kiertotaloushankkeeseen',
    description: 'Onko kiertotalouden hankintahankkeeseemme saatavilla EU-rahoitusta ja miten haemme sitä?',
    cpv: null,
  },
  {
    theme: 'climate_low_carbon',
    title: 'Kasvisruoan osuus ruokapalveluissa',
    description: 'Miten voimme kasvattaa kasvisruoan osuutta ruokapalvelusopimuksessa asiakkaita kuunnellen?',
    cpv: '15',
  },
  {
    theme: 'social_responsibility_employment',
    title: 'Sosiaaliset kriteerit rakennusurakassa',
    description: 'Miten harmaan talouden torjunta ja työllistäminen saadaan mukaan rakennusurakkaan?',
    cpv: '45',
  },
];

const STAGES: readonly ProcurementStage[] = [
  'strategy_and_planning',
  'market_dialogue',
  'tendering',
  'contract_management',
  'evaluation',
];
const RATING_COMMENTS = [
  'Erittäin hyödyllinen apu, kiitos!',
  'Saimme hyvät mallit kriteereihin.',
  'Nopea vastaus.',
  null,
  null,
];
// More requests in spring and autumn, fewer in July (index: month 0–11).
const MONTH_WEIGHT = [0.9, 1, 1.1, 1.1, 1, 0.7, 0.25, 0.6, 1.2, 1.2, 1.1, 0.7];
const DAY_MS = 86_400_000;

/** An instant on the Helsinki date at the hour (and minute). */
function at(date: string, hour: number, minute: number): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(+new TZDate(year, month - 1, day, hour, minute, 0, HELSINKI_TIME_ZONE));
}

/**
 * Two years of support requests over the demo units, lived through the real workflow and calendar: each
 * request gets a life (response, possibly a wait for the unit, resolution, rating, closing 14 days later,
 * or a cancellation) and is cut at `now`, so every status appears, with service levels met, missed and
 * still running; regions without an agent keep new requests in the coordinators' queue.
 */
export function demoRequests(
  random: DemoRandom,
  units: readonly DemoRequestUnit[],
  agentsByRegion: ReadonlyMap<string, string>,
  coordinatorUserId: string,
  now: Date,
  firstResponseDays: number,
  resolutionDays: number,
): DemoRequests {
  const requests: DemoRequestRow[] = [];
  const themes: { requestId: string; themeCode: string }[] = [];
  const events: DemoEventRow[] = [];
  const agents = [...agentsByRegion.values()];
  const withContacts = units.filter((unit) => unit.contacts.length > 0);
  const today = helsinkiDate(now);

  const create = (submittedAt: Date, unit: DemoRequestUnit, life: { responseDays: number }) => {
    const id = randomUUID();
    const contact = random.pick(unit.contacts);
    const topic = random.pick(TOPICS);
    const regionAgent = agentsByRegion.get(unit.regionCode) ?? null;
    const row: DemoRequestRow = {
      id,
      unitId: unit.id,
      requesterContactId: contact.id,
      requesterName: contact.name,
      requesterEmail: contact.email,
      requesterLanguage: contact.language,
      requesterVerifiedAt: null,
      title: topic.title,
      description: topic.description,
      cpvDivisionCode: topic.cpv,
      procurementStage: random.pick(STAGES),
      urgency: random.pick(['low', 'normal', 'normal', 'normal', 'high'] as const),
      source: random.pick(['web_form', 'web_form', 'web_form', 'email', 'phone', 'event'] as const),
      status: 'new',
      regionCode: unit.regionCode,
      assignedAgentUserId: null,
      submittedAt,
      firstResponseDueAt: dueAfterBusinessDays(submittedAt, firstResponseDays),
      resolutionDueAt: dueAfterBusinessDays(submittedAt, resolutionDays),
      firstRespondedAt: null,
      pausedBusinessDays: 0,
      waitingSince: null,
      resolvedAt: null,
      closedAt: null,
      cancelledAt: null,
      rating: null,
      ratingComment: null,
      ratedAt: null,
    };
    requests.push(row);
    themes.push({ requestId: id, themeCode: topic.theme });
    if (random.next() < 0.3) {
      const second = random.pick(TOPICS).theme;
      if (second !== topic.theme) {
        themes.push({ requestId: id, themeCode: second });
      }
    }
    const event = (createdAt: Date, fields: Partial<DemoEventRow> & Pick<DemoEventRow, 'kind'>): boolean => {
      if (createdAt > now) {
        return false;
      }
      events.push({
        requestId: id,
        isInternal: false,
        authorKind: 'system',
        authorUserId: null,
        body: null,
        fromStatus: null,
        toStatus: null,
        toAgentUserId: null,
        reason: null,
        rating: null,
        createdAt,
        ...fields,
      });
      return true;
    };
    const later = (from: Date, businessDays: number): Date =>
      businessDays === 0
        ? new Date(from.getTime() + random.integer(20, 240) * 60_000)
        : at(nthBusinessDayAfter(from, businessDays), random.integer(8, 15), random.integer(0, 59));
    const move = (when: Date, to: RequestStatus, fields: Partial<DemoEventRow> = {}): boolean => {
      const from = row.status;
      if (
        !event(when, {
          kind: 'status_change',
          authorKind: 'staff',
          authorUserId: row.assignedAgentUserId,
          fromStatus: from,
          toStatus: to,
          ...fields,
        })
      ) {
        return false;
      }
      if (from === 'waiting_for_unit' && row.waitingSince) {
        row.pausedBusinessDays += businessDaysBetween(helsinkiDate(row.waitingSince), helsinkiDate(when));
        row.waitingSince = null;
        row.resolutionDueAt = dueAfterBusinessDays(submittedAt, resolutionDays + row.pausedBusinessDays);
      }
      row.status = to;
      if (to === 'in_progress') {
        row.firstRespondedAt ??= when;
      } else if (to === 'waiting_for_unit') {
        row.waitingSince = when;
      } else if (to === 'resolved') {
        row.resolvedAt = when;
      } else if (to === 'closed') {
        row.closedAt = when;
      } else if (to === 'cancelled') {
        row.cancelledAt = when;
      }
      return true;
    };

    event(submittedAt, { kind: 'created', authorKind: 'requester', toStatus: 'new' });
    // Routing: the region's agent at once; a queue request waits for a coordinator (a day or two).
    let clock = submittedAt;
    if (regionAgent) {
      row.status = 'assigned';
      row.assignedAgentUserId = regionAgent;
      event(new Date(submittedAt.getTime() + 1), {
        kind: 'assignment',
        fromStatus: 'new',
        toStatus: 'assigned',
        toAgentUserId: regionAgent,
      });
    } else {
      clock = later(submittedAt, random.integer(1, 2));
      const coveringAgent = random.pick(agents);
      if (
        !event(clock, {
          kind: 'assignment',
          authorKind: 'staff',
          authorUserId: coordinatorUserId,
          fromStatus: 'new',
          toStatus: 'assigned',
          toAgentUserId: coveringAgent,
          reason: 'Alueella ei ole agenttia; naapurialueen agentti hoitaa.',
        })
      ) {
        return;
      }
      row.status = 'assigned';
      row.assignedAgentUserId = coveringAgent;
    }
    if (life.responseDays < 99 && random.next() < 0.05) {
      move(later(clock, random.integer(0, 4)), 'cancelled', {
        authorKind: 'requester',
        authorUserId: null,
        body: 'Asia ratkesi muuta kautta.',
      });
      return;
    }
    // First response: a message or starting the work.
    clock = later(clock, life.responseDays);
    if (random.next() < 0.5) {
      if (
        !event(clock, {
          kind: 'message',
          authorKind: 'staff',
          authorUserId: row.assignedAgentUserId,
          body: 'Kiitos yhteydenotosta! Palaan asiaan tällä viikolla.',
        })
      ) {
        return;
      }
      row.firstRespondedAt = clock;
      clock = later(clock, random.integer(0, 2));
    }
    if (!move(clock, 'in_progress')) {
      return;
    }
    if (random.next() < 0.35) {
      event(later(clock, 0), {
        kind: 'note',
        isInternal: true,
        authorKind: 'staff',
        authorUserId: row.assignedAgentUserId,
        body: 'Sovittu puhelu hankintapäällikön kanssa.',
      });
    }
    if (random.next() < 0.3) {
      clock = later(clock, random.integer(1, 5));
      if (
        !move(clock, 'waiting_for_unit', {
          body: 'Voisitteko lähettää hankinnan alustavan aikataulun ja arvon?',
        })
      ) {
        return;
      }
      clock = later(clock, random.integer(1, 6));
      if (
        !event(clock, {
          kind: 'reply',
          authorKind: 'requester',
          body: 'Liitteenä aikataulu; arvo noin 1,2 milj. euroa.',
        })
      ) {
        return;
      }
      if (
        !move(new Date(clock.getTime() + 1000), 'in_progress', { authorKind: 'system', authorUserId: null })
      ) {
        return;
      }
    }
    clock = later(clock, random.integer(2, 24));
    if (
      !move(clock, 'resolved', { body: 'Lähetin kriteerimallit ja esimerkkisopimuksen. Onnea hankintaan!' })
    ) {
      return;
    }
    if (random.next() < 0.65) {
      const ratedAt = later(clock, random.integer(0, 3));
      const score = random.pick([3, 4, 4, 5, 5, 5, 2]);
      const comment = random.pick(RATING_COMMENTS);
      if (event(ratedAt, { kind: 'rating', authorKind: 'requester', body: comment, rating: score })) {
        Object.assign(row, {
          rating: score,
          ratingComment: comment,
          ratedAt,
          requesterVerifiedAt: row.requesterVerifiedAt ?? ratedAt,
        });
      }
    }
    move(new Date(clock.getTime() + AUTO_CLOSE_AFTER_DAYS * DAY_MS + 3_600_000), 'closed', {
      authorKind: 'system',
      authorUserId: null,
    });
  };

  // Two years of ordinary traffic, busier in spring and autumn.
  for (let daysAgo = 730; daysAgo >= 1; daysAgo -= 1) {
    const date = helsinkiDate(new Date(now.getTime() - daysAgo * DAY_MS));
    const month = Number(date.slice(5, 7)) - 1;
    const expected = (isBusinessDay(date) ? 1.3 : 0.1) * MONTH_WEIGHT[month];
    let count = Math.floor(expected) + (random.next() < expected % 1 ? 1 : 0);
    while (count > 0) {
      count -= 1;
      const unit = random.pick(withContacts);
      create(at(date, random.integer(7, 17), random.integer(0, 59)), unit, {
        responseDays: random.pick([0, 1, 1, 2, 2, 3, 3, 5]),
      });
    }
  }
  // Today's pressure: first responses due today (at risk on a business day) and overdue (breached).
  const agentRegionUnits = withContacts.filter((unit) => agentsByRegion.has(unit.regionCode));
  const queueUnits = withContacts.filter((unit) => !agentsByRegion.has(unit.regionCode));
  const dueToday = isBusinessDay(today)
    ? Array.from({ length: 30 }, (_, back) =>
        helsinkiDate(new Date(now.getTime() - (back + 1) * DAY_MS)),
      ).find((date) => nthBusinessDayAfter(at(date, 12, 0), firstResponseDays) === today)
    : undefined;
  for (let index = 0; index < 4; index += 1) {
    if (dueToday) {
      create(at(dueToday, 9 + index, 15), random.pick(agentRegionUnits), { responseDays: 99 });
    }
    const overdue = helsinkiDate(new Date(now.getTime() - (6 + index) * DAY_MS));
    create(at(overdue, 10, 30), random.pick(agentRegionUnits), { responseDays: 99 });
  }
  // The coordinators' queue: recent requests from regions without an agent.
  for (let index = 0; index < 5; index += 1) {
    const submittedAt = new Date(now.getTime() - (index * 20 + 2) * 3_600_000);
    const unit = random.pick(queueUnits);
    const row = requests.length;
    create(submittedAt, unit, { responseDays: 1 });
    // Still waiting for a coordinator, whatever the generated life said.
    const queued = requests[row];
    if (queued) {
      queued.status = 'new';
      queued.assignedAgentUserId = null;
      queued.firstRespondedAt = null;
      queued.cancelledAt = null;
      queued.resolvedAt = null;
      for (let event = events.length - 1; event >= 0; event -= 1) {
        if (events[event].requestId === queued.id && events[event].kind !== 'created') {
          events.splice(event, 1);
        }
      }
    }
  }
  return { requests, themes, events };
}
