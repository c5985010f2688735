import { randomUUID } from 'node:crypto';
import type { ActivityType } from '../../activities/activity-options';
import { addDays, addMonths } from '../../common/time/calendar-dates';
import { helsinkiDate } from '../../common/time/helsinki-date';
import { isBusinessDay } from '../../service-levels/business-calendar';
import type { DemoRandom } from './demo-random';

export interface DemoActivityUnit {
  readonly id: string;
  readonly regionCode: string;
  /** Estimated annual spend in euros (0 when unknown): bigger buyers get more of an agent's time. */
  readonly spend: number;
}

export interface DemoActivityRow {
  id: string;
  agentUserId: string;
  activityDate: string;
  type: ActivityType;
  durationMinutes: number;
  participantCount: number | null;
  requestId: null;
  note: string | null;
  createdByUserId: string;
}

export interface DemoFollowUpRow {
  id: string;
  subjectKind: 'unit' | 'activity';
  unitId: string;
  requestId: null;
  activityId: string | null;
  regionCode: string;
  assigneeUserId: string;
  dueDate: string;
  note: string;
  status: 'open' | 'done' | 'cancelled';
  recurrenceMonths: number | null;
  completedAt: Date | null;
  previousFollowUpId: null;
  lastRemindedOn: null;
  createdByUserId: string;
}

export interface DemoActivities {
  readonly activities: DemoActivityRow[];
  readonly units: { activityId: string; unitId: string; activityDate: string }[];
  readonly themes: { activityId: string; themeCode: string }[];
  readonly followUps: DemoFollowUpRow[];
}

interface Kind {
  readonly type: ActivityType;
  readonly weight: number;
  readonly minutes: readonly [number, number];
  /** How many units one reaches. */
  readonly units: readonly [number, number];
  readonly notes: readonly string[];
}

const KINDS: readonly Kind[] = [
  {
    type: 'advice_call',
    weight: 40,
    minutes: [15, 60],
    units: [1, 1],
    notes: [
      'Neuvottiin hiilijalanjälkikriteerien muotoilussa.',
      'Keskusteltiin markkinavuoropuhelun aikataulusta.',
      'Käytiin läpi sopimusehtojen seurantamittarit.',
      'Neuvottiin innovatiivisen hankinnan menettelyvalinnassa.',
    ],
  },
  {
    type: 'meeting',
    weight: 25,
    minutes: [45, 120],
    units: [1, 2],
    notes: [
      'Hankintastrategian päivitys hankintatiimin kanssa.',
      'Tapaaminen johtoryhmän kanssa vähähiilisyystavoitteista.',
      'Kiertotalouden tiekartan työpalaveri.',
    ],
  },
  {
    type: 'workshop',
    weight: 12,
    minutes: [120, 240],
    units: [3, 10],
    notes: [
      'Alueellinen työpaja ruokapalvelujen vastuullisuudesta.',
      'Työpaja rakentamisen hiilijalanjäljestä.',
    ],
  },
  {
    type: 'training',
    weight: 8,
    minutes: [60, 180],
    units: [2, 8],
    notes: ['Koulutus kestävän hankinnan kriteereistä.', 'Verkkokoulutus markkinavuoropuhelusta.'],
  },
  {
    type: 'event',
    weight: 5,
    minutes: [120, 420],
    units: [4, 12],
    notes: ['Alueen hankintapäivä.', 'Toimittajatilaisuus yhdessä kuntien kanssa.'],
  },
  {
    type: 'peer_review',
    weight: 5,
    minutes: [60, 180],
    units: [1, 2],
    notes: ['Vertaisarviointi tarjouspyyntöluonnoksesta.'],
  },
  {
    type: 'other',
    weight: 5,
    minutes: [15, 90],
    units: [1, 1],
    notes: ['Materiaalin kokoaminen yksikölle.'],
  },
];

const FOLLOW_UP_NOTES = [
  'Kysy, miten markkinavuoropuhelu eteni.',
  'Lähetä esimerkkikriteerit hankintatiimille.',
  'Tarkista sopimusseurannan mittarit.',
  'Sovi seuraava tapaaminen hankintajohtajan kanssa.',
  'Kerää palaute työpajasta.',
];

// More work in spring and autumn, little in July (index: month 0–11).
const MONTH_WEIGHT = [0.9, 1, 1.15, 1.15, 1, 0.7, 0.15, 0.55, 1.2, 1.2, 1.1, 0.75];
const DAYS = 730;

/**
 * Two years of advice logged by each agent in their regions with realistic rhythms: about two entries a
 * business day in busy months and almost none in July; workshops and events reach several units; bigger
 * buyers are visited more. Follow-ups: past ones done or cancelled, and open ones overdue, due today,
 * this week and later, some recurring yearly (peer-review re-rounds).
 */
export function demoActivities(
  random: DemoRandom,
  units: readonly DemoActivityUnit[],
  agentsByRegion: ReadonlyMap<string, string>,
  themeCodes: readonly string[],
  now: Date,
): DemoActivities {
  const today = helsinkiDate(now);
  const result: DemoActivities = { activities: [], units: [], themes: [], followUps: [] };
  const totalWeight = KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  const pickKind = (): Kind => {
    let roll = random.next() * totalWeight;
    for (const kind of KINDS) {
      roll -= kind.weight;
      if (roll < 0) {
        return kind;
      }
    }
    return KINDS[0];
  };
  for (const [regionCode, agentUserId] of agentsByRegion) {
    // The region's units, biggest buyers first; picks lean towards the front.
    const regional = units.filter((unit) => unit.regionCode === regionCode).sort((a, b) => b.spend - a.spend);
    if (regional.length === 0) {
      continue;
    }
    // About a fifth of the units beyond the two biggest have not been reached for over a year: the region's
    // white spots on the agent's dashboard.
    const dormant = new Set(regional.filter((_unit, index) => index >= 2 && random.next() < 0.2));
    const lately = regional.filter((unit) => !dormant.has(unit));
    const dormantSince = addMonths(today, -14);
    const pickUnits = (count: number, date: string): DemoActivityUnit[] => {
      const pool = date > dormantSince ? lately : regional;
      const chosen = new Set<DemoActivityUnit>();
      const wanted = Math.min(count, pool.length);
      while (chosen.size < wanted) {
        chosen.add(pool[Math.floor(pool.length * random.next() ** 2)]);
      }
      return [...chosen];
    };
    const pace = 0.8 + random.next() * 0.8; // some agents log more than others
    for (let day = DAYS; day >= 0; day -= 1) {
      const date = addDays(today, -day);
      if (!isBusinessDay(date)) {
        continue;
      }
      const expected = 1.3 * pace * MONTH_WEIGHT[Number(date.slice(5, 7)) - 1];
      const count = Math.floor(expected) + (random.next() < expected % 1 ? 1 : 0);
      for (let index = 0; index < count; index += 1) {
        const kind = pickKind();
        const id = randomUUID();
        const reached = pickUnits(random.integer(kind.units[0], kind.units[1]), date);
        const group = kind.units[1] > 1;
        result.activities.push({
          id,
          agentUserId,
          activityDate: date,
          type: kind.type,
          durationMinutes: Math.round(random.integer(kind.minutes[0], kind.minutes[1]) / 15) * 15 || 15,
          participantCount: group
            ? reached.length * random.integer(1, 4)
            : random.next() < 0.5
              ? random.integer(1, 3)
              : null,
          requestId: null,
          note: random.next() < 0.8 ? random.pick(kind.notes) : null,
          createdByUserId: agentUserId,
        });
        reached.forEach((unit) => result.units.push({ activityId: id, unitId: unit.id, activityDate: date }));
        const themeCount = random.integer(1, 2);
        const themes = new Set<string>();
        while (themes.size < themeCount) {
          themes.add(random.pick(themeCodes));
        }
        themes.forEach((themeCode) => result.themes.push({ activityId: id, themeCode }));
        // About one activity in eight leads to a follow-up some weeks later.
        if (random.next() < 0.125) {
          const dueDate = addDays(date, random.integer(7, 60));
          const past = dueDate < addDays(today, -7);
          const peerReview = kind.type === 'peer_review';
          result.followUps.push({
            id: randomUUID(),
            subjectKind: random.next() < 0.5 ? 'activity' : 'unit',
            unitId: reached[0].id,
            requestId: null,
            activityId: id,
            regionCode,
            assigneeUserId: agentUserId,
            dueDate: peerReview && past ? addMonths(date, 1) : dueDate,
            note: random.pick(FOLLOW_UP_NOTES),
            status: past ? (random.next() < 0.9 ? 'done' : 'cancelled') : 'open',
            recurrenceMonths: peerReview ? 12 : null,
            completedAt: past ? new Date(`${dueDate}T09:00:00Z`) : null,
            previousFollowUpId: null,
            lastRemindedOn: null,
            createdByUserId: agentUserId,
          });
        }
      }
    }
    // Open work around today: two overdue, one today, some this week and later.
    for (const offset of [-9, -2, 0, 2, 4, 12, 30, 75]) {
      const [unit] = pickUnits(1, today);
      result.followUps.push({
        id: randomUUID(),
        subjectKind: 'unit',
        unitId: unit.id,
        requestId: null,
        activityId: null,
        regionCode,
        assigneeUserId: agentUserId,
        dueDate: addDays(today, offset),
        note: random.pick(FOLLOW_UP_NOTES),
        status: 'open',
        recurrenceMonths: offset === 75 ? 12 : null,
        completedAt: null,
        previousFollowUpId: null,
        lastRemindedOn: null,
        createdByUserId: agentUserId,
      });
    }
  }
  // An activity-less follow-up keeps only the unit as its subject.
  for (const followUp of result.followUps) {
    if (followUp.subjectKind === 'unit') {
      followUp.activityId = null;
    }
  }
  return result;
}
