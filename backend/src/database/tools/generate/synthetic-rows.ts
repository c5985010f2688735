import { PROCUREMENT_STAGES, REQUEST_SOURCES, URGENCIES } from '../../../requests/request-options';
import type { CopyValue } from './copy-writer';
import type { ActivityPlanner } from './synthetic-activities';
import type { SyntheticAggregates } from './synthetic-aggregates';
import type { SyntheticCalendar } from './synthetic-calendar';
import type { SyntheticNetwork } from './synthetic-network';
import type { RequestIndex, RequestPlanner } from './synthetic-requests';
import { SyntheticRandom, syntheticUuid } from './synthetic-random';

/** Key spaces of the synthetic UUIDs: one per table. */
export const KIND = {
  user: 1,
  unit: 2,
  contact: 3,
  request: 4,
  event: 5,
  activity: 6,
  followUp: 7,
  assignment: 8,
};

const FIRST_NAMES = [
  'Aino',
  'Eero',
  'Helmi',
  'Juha',
  'Kaisa',
  'Lauri',
  'Mari',
  'Niko',
  'Outi',
  'Pekka',
  'Riikka',
  'Sami',
  'Tiina',
  'Ville',
];
const LAST_NAMES = [
  'Aalto',
  'Heikkinen',
  'Järvinen',
  'Korhonen',
  'Laine',
  'Mäkinen',
  'Nieminen',
  'Ojala',
  'Rantanen',
  'Virtanen',
];
const TITLES = [
  'Hiilijalanjälkikriteerit kalustehankintaan',
  'Markkinavuoropuhelu ennen kilpailutusta',
  'Kiertotalous rakennushankkeessa',
  'Innovatiivinen hankinta: menettelyn valinta',
  'Sopimuskauden vastuullisuusseuranta',
  'Ruokapalveluiden ilmastotavoitteet',
  'Sähköisten ajoneuvojen hankinta',
  'Sosiaalisesti vastuullinen hankinta',
];
const NOTES = [
  'Käytiin läpi kriteerit ja markkinatilanne.',
  'Sovittiin jatkotapaamisesta hankintatiimin kanssa.',
  'Neuvottiin vaikuttavuuden mittaamisessa.',
  'Jaettiin esimerkkejä muiden yksiköiden hankinnoista.',
];
const MINUTE = 60_000;

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export interface RowSources {
  readonly seed: number;
  readonly network: SyntheticNetwork;
  readonly calendar: SyntheticCalendar;
  readonly requests: RequestPlanner;
  readonly requestIndex: RequestIndex;
  readonly activities: ActivityPlanner;
  readonly themes: readonly string[];
  readonly cpvDivisions: readonly string[];
  readonly passwordHash: string;
  readonly aggregates: SyntheticAggregates;
  readonly counts: { readonly requests: number; readonly activities: number; readonly followUps: number };
  readonly coordinatorIndex: number;
  readonly ministryIndex: number;
  readonly agentEmail: (index: number) => string;
  readonly coordinatorEmail: string;
  readonly ministryEmail: string;
  readonly generatedAt: string;
}

/** Row streams of every generated table, in the column order of `COLUMNS`. */
export class SyntheticRows {
  constructor(private readonly s: RowSources) {}

  uuid(kind: number, index: number): string {
    return syntheticUuid(this.s.seed, kind, index);
  }

  agentId(agent: number): string {
    return this.uuid(KIND.user, agent);
  }

  unitId(unit: number): string {
    return this.uuid(KIND.unit, unit);
  }

  private contact(unit: number): { name: string; email: string } {
    const random = new SyntheticRandom(Math.imul(unit + 1, 0x27d4eb2f) ^ this.s.seed);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const ascii = (text: string): string =>
      text
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '');
    return { name: `${first} ${last}`, email: `${ascii(first)}.${ascii(last)}@unit${unit + 1}.invalid` };
  }

  *regions(): Generator<CopyValue[]> {
    for (const region of this.s.network.regions) {
      if (region.names) {
        yield [region.code, region.code, region.names.fi, region.names.sv, region.names.en];
      }
    }
  }

  *units(): Generator<CopyValue[]> {
    const random = new SyntheticRandom(this.s.seed ^ 0xb1d);
    const used = new Set<string>();
    for (const [index, unit] of this.s.network.units.entries()) {
      yield [
        this.unitId(index),
        unit.name,
        unit.nameSv,
        random.businessId(used),
        unit.type,
        unit.municipalityCode,
        this.s.network.regions[unit.regionIndex].code,
        unit.spend.toFixed(2),
        unit.isActive,
        this.s.generatedAt,
        this.s.generatedAt,
        1,
      ];
    }
  }

  *contacts(): Generator<CopyValue[]> {
    for (let unit = 0; unit < this.s.network.units.length; unit++) {
      const { name, email } = this.contact(unit);
      yield [this.uuid(KIND.contact, unit), this.unitId(unit), name, email, 'Hankinta-asiantuntija', 'fi', 1];
    }
  }

  *users(): Generator<CopyValue[]> {
    const user = (index: number, email: string, name: string, role: string): CopyValue[] => [
      this.uuid(KIND.user, index),
      email,
      name,
      role,
      'fi',
      true,
      this.s.passwordHash,
      1,
    ];
    for (let agent = 0; agent < this.s.network.agentCount; agent++) {
      yield user(agent, this.s.agentEmail(agent + 1), `Agentti ${agent + 1}`, 'agent');
    }
    yield user(this.s.coordinatorIndex, this.s.coordinatorEmail, 'Koordinaattori', 'coordinator');
    yield user(this.s.ministryIndex, this.s.ministryEmail, 'Ministeriö', 'ministry');
  }

  *agents(): Generator<CopyValue[]> {
    for (let agent = 0; agent < this.s.network.agentCount; agent++) {
      yield [this.agentId(agent), `Isäntäorganisaatio ${agent + 1}`, 110 + (agent % 5) * 10, 1];
    }
  }

  *assignments(): Generator<CopyValue[]> {
    const { calendar } = this.s;
    for (const [index, assignment] of this.s.network.assignments.entries()) {
      yield [
        this.uuid(KIND.assignment, index),
        this.agentId(assignment.agentIndex),
        this.s.network.regions[assignment.regionIndex].code,
        calendar.days[assignment.fromDay],
        assignment.toDay === null ? null : calendar.days[assignment.toDay],
      ];
    }
  }

  *requests(): Generator<CopyValue[]> {
    const { calendar, network } = this.s;
    for (let index = 0; index < this.s.counts.requests; index++) {
      const plan = this.s.requests.plan(index);
      const { random } = plan;
      if (plan.resolvedAt) {
        this.s.aggregates.reached(
          plan.unit,
          calendar.dayOf(plan.resolvedAt),
          this.requestThemeIndices(index),
        );
      }
      const contact = this.contact(plan.unit);
      const source = random.pick(REQUEST_SOURCES);
      const division = random.chance(0.7) ? random.pick(this.s.cpvDivisions) : null;
      const updatedAt =
        plan.closedAt ??
        plan.cancelledAt ??
        plan.resolvedAt ??
        plan.waitingSince ??
        plan.firstRespondedAt ??
        plan.submittedAt;
      yield [
        this.uuid(KIND.request, index),
        index + 1,
        this.unitId(plan.unit),
        this.uuid(KIND.contact, plan.unit),
        contact.name,
        contact.email,
        'fi',
        plan.submittedAt.toISOString(),
        random.pick(TITLES),
        'Tarvitsemme tukea hankinnan valmisteluun ja kriteerien muotoiluun.',
        division,
        random.pick(PROCUREMENT_STAGES),
        random.pick(URGENCIES),
        source,
        plan.status,
        network.regions[network.units[plan.unit].regionIndex].code,
        plan.status === 'new' ? null : this.agentId(plan.agent),
        source === 'agent_created' ? this.agentId(plan.agent) : null,
        plan.submittedAt.toISOString(),
        calendar.endOfDay(calendar.businessDayAfter(plan.day, 3)).toISOString(),
        calendar.endOfDay(calendar.businessDayAfter(plan.day, 20)).toISOString(),
        iso(plan.firstRespondedAt),
        iso(plan.waitingSince),
        iso(plan.resolvedAt),
        iso(plan.closedAt),
        iso(plan.cancelledAt),
        plan.rating,
        plan.rating === null ? null : iso(plan.closedAt),
        plan.submittedAt.toISOString(),
        updatedAt.toISOString(),
        1,
      ];
    }
  }

  /** The themes (indices) of request `index`: one, sometimes two. */
  private requestThemeIndices(index: number): number[] {
    const random = new SyntheticRandom(Math.imul(index + 1, 0x165667b1) ^ this.s.seed);
    const count = this.s.themes.length;
    const first = random.integer(0, count - 1);
    return random.chance(0.4) ? [first, (first + random.integer(1, count - 1)) % count] : [first];
  }

  *requestThemes(): Generator<CopyValue[]> {
    for (let index = 0; index < this.s.counts.requests; index++) {
      const id = this.uuid(KIND.request, index);
      for (const theme of this.requestThemeIndices(index)) {
        yield [id, this.s.themes[theme]];
      }
    }
  }

  *requestEvents(): Generator<CopyValue[]> {
    const coordinator = this.uuid(KIND.user, this.s.coordinatorIndex);
    let sequence = 0;
    for (let index = 0; index < this.s.counts.requests; index++) {
      const plan = this.s.requests.plan(index);
      const requestId = this.uuid(KIND.request, index);
      const agentId = this.agentId(plan.agent);
      const event = (
        at: Date,
        kind: string,
        internal: boolean,
        authorKind: string,
        author: string | null,
        body: string | null,
        from: string | null,
        to: string | null,
        toAgent: string | null = null,
        rating: number | null = null,
      ): CopyValue[] => {
        sequence++;
        return [
          this.uuid(KIND.event, sequence),
          requestId,
          sequence,
          kind,
          internal,
          authorKind,
          author,
          body,
          from,
          to,
          toAgent,
          rating,
          at.toISOString(),
        ];
      };
      yield event(plan.submittedAt, 'created', false, 'requester', null, null, null, 'new');
      if (plan.status === 'new') {
        continue;
      }
      const assignedAt = new Date(plan.submittedAt.getTime() + 20 * MINUTE);
      yield event(assignedAt, 'assignment', true, 'staff', coordinator, null, 'new', 'assigned', agentId);
      if (plan.firstRespondedAt) {
        yield event(
          plan.firstRespondedAt,
          'message',
          false,
          'staff',
          agentId,
          'Kiitos yhteydenotosta, palaan asiaan pian.',
          null,
          null,
        );
        yield event(
          plan.firstRespondedAt,
          'status_change',
          false,
          'staff',
          agentId,
          null,
          'assigned',
          'in_progress',
        );
      }
      if (plan.waitingSince) {
        yield event(
          plan.waitingSince,
          'status_change',
          false,
          'staff',
          agentId,
          null,
          'in_progress',
          'waiting_for_unit',
        );
      }
      if (plan.resolvedAt) {
        yield event(
          plan.resolvedAt,
          'status_change',
          false,
          'staff',
          agentId,
          null,
          'in_progress',
          'resolved',
        );
      }
      if (plan.closedAt) {
        yield event(plan.closedAt, 'status_change', false, 'system', null, null, 'resolved', 'closed');
      }
      if (plan.cancelledAt) {
        yield event(
          plan.cancelledAt,
          'status_change',
          false,
          'staff',
          agentId,
          null,
          plan.firstRespondedAt ? 'in_progress' : 'assigned',
          'cancelled',
        );
      }
      if (plan.rating !== null && plan.closedAt) {
        yield event(plan.closedAt, 'rating', false, 'requester', null, null, null, null, null, plan.rating);
      }
    }
  }

  *activities(): Generator<CopyValue[]> {
    const { calendar } = this.s;
    for (let index = 0; index < this.s.counts.activities; index++) {
      const plan = this.s.activities.plan(index);
      this.s.aggregates.activity(index, plan.day, plan.minutes, plan.units, plan.themes);
      for (const unit of plan.units) {
        this.s.aggregates.reached(unit, plan.day, plan.themes);
      }
      const createdAt = calendar.instant(plan.day, 15 * 60 + plan.random.integer(0, 180)).toISOString();
      yield [
        this.uuid(KIND.activity, index),
        this.agentId(plan.agent),
        calendar.days[plan.day],
        plan.type,
        plan.minutes,
        plan.participants,
        plan.request >= 0 ? this.uuid(KIND.request, plan.request) : null,
        plan.hasNote ? plan.random.pick(NOTES) : null,
        this.agentId(plan.agent),
        createdAt,
        createdAt,
        1,
      ];
    }
  }

  *activityUnits(): Generator<CopyValue[]> {
    for (let index = 0; index < this.s.counts.activities; index++) {
      const plan = this.s.activities.plan(index);
      const id = this.uuid(KIND.activity, index);
      const date = this.s.calendar.days[plan.day];
      for (const unit of plan.units) {
        yield [id, this.unitId(unit), date];
      }
    }
  }

  *activityThemes(): Generator<CopyValue[]> {
    for (let index = 0; index < this.s.counts.activities; index++) {
      const plan = this.s.activities.plan(index);
      const id = this.uuid(KIND.activity, index);
      for (const theme of plan.themes) {
        yield [id, this.s.themes[theme]];
      }
    }
  }

  *followUps(): Generator<CopyValue[]> {
    const { calendar, network, requestIndex } = this.s;
    const today = calendar.todayIndex;
    for (let index = 0; index < this.s.counts.followUps; index++) {
      const random = new SyntheticRandom(
        Math.imul(index + 1, 0x61c88647) ^ Math.imul(this.s.seed, 0x2545f491),
      );
      const roll = random.next();
      let kind: 'unit' | 'request' | 'activity';
      let unit: number;
      let agent: number;
      let day: number;
      let subject: number;
      if (roll < 0.5 && this.s.counts.activities > 0) {
        kind = 'activity';
        subject = random.integer(0, this.s.counts.activities - 1);
        const plan = this.s.activities.plan(subject);
        unit = plan.units[0] ?? network.unitsByRegion[plan.region][0];
        agent = plan.agent;
        day = plan.day + random.integer(14, 90);
      } else if (roll < 0.7 && this.s.counts.requests > 0) {
        kind = 'request';
        subject = random.integer(0, this.s.counts.requests - 1);
        unit = requestIndex.unit[subject];
        agent = requestIndex.agent[subject];
        day = requestIndex.day[subject] + random.integer(7, 45);
      } else {
        kind = 'unit';
        unit = network.unitChoice.pick(random);
        subject = unit;
        day = random.integer(0, today + 120);
        const region = network.units[unit].regionIndex;
        agent = network.assignmentsByRegion[region].at(-1)?.agentIndex ?? region % network.agentCount;
      }
      day = Math.min(day, calendar.days.length - 2);
      const status =
        day >= today ? 'open' : random.chance(0.85) ? 'done' : random.chance(0.33) ? 'cancelled' : 'open';
      const completedAt =
        status === 'done'
          ? calendar.instant(Math.max(0, Math.min(day + random.integer(-5, 3), today)), 12 * 60).toISOString()
          : null;
      const createdAt = calendar.instant(Math.max(0, day - 30), 10 * 60).toISOString();
      yield [
        this.uuid(KIND.followUp, index),
        kind,
        kind === 'unit' ? this.unitId(subject) : null,
        kind === 'request' ? this.uuid(KIND.request, subject) : null,
        kind === 'activity' ? this.uuid(KIND.activity, subject) : null,
        network.regions[network.units[unit].regionIndex].code,
        this.agentId(agent),
        calendar.days[day],
        random.pick(NOTES),
        status,
        kind === 'unit' && random.chance(0.1) ? 12 : null,
        completedAt,
        this.agentId(agent),
        createdAt,
        completedAt ?? createdAt,
        1,
      ];
    }
  }
}

/** Column lists matching the row streams above. */
export const COLUMNS = {
  regions: ['code', 'nuts3_code', 'name_fi', 'name_sv', 'name_en'],
  units: [
    'id',
    'name_fi',
    'name_sv',
    'business_id',
    'type',
    'municipality_code',
    'region_code',
    'estimated_annual_spend',
    'is_active',
    'created_at',
    'updated_at',
    'version',
  ],
  contacts: ['id', 'unit_id', 'name', 'email', 'title', 'preferred_language', 'version'],
  users: [
    'id',
    'email',
    'display_name',
    'role',
    'preferred_language',
    'is_active',
    'password_hash',
    'version',
  ],
  agents: ['user_id', 'host_organisation', 'monthly_capacity_hours', 'version'],
  agent_region_assignments: ['id', 'agent_user_id', 'region_code', 'valid_from', 'valid_to'],
  support_requests: [
    'id',
    'number',
    'unit_id',
    'requester_contact_id',
    'requester_name',
    'requester_email',
    'requester_language',
    'requester_verified_at',
    'title',
    'description',
    'cpv_division_code',
    'procurement_stage',
    'urgency',
    'source',
    'status',
    'region_code',
    'assigned_agent_user_id',
    'created_by_user_id',
    'submitted_at',
    'first_response_due_at',
    'resolution_due_at',
    'first_responded_at',
    'waiting_since',
    'resolved_at',
    'closed_at',
    'cancelled_at',
    'rating',
    'rated_at',
    'created_at',
    'updated_at',
    'version',
  ],
  support_request_themes: ['request_id', 'theme_code'],
  request_events: [
    'id',
    'request_id',
    'sequence',
    'kind',
    'is_internal',
    'author_kind',
    'author_user_id',
    'body',
    'from_status',
    'to_status',
    'to_agent_user_id',
    'rating',
    'created_at',
  ],
  activities: [
    'id',
    'agent_user_id',
    'activity_date',
    'type',
    'duration_minutes',
    'participant_count',
    'request_id',
    'note',
    'created_by_user_id',
    'created_at',
    'updated_at',
    'version',
  ],
  activity_units: ['activity_id', 'unit_id', 'activity_date'],
  activity_themes: ['activity_id', 'theme_code'],
  follow_ups: [
    'id',
    'subject_kind',
    'unit_id',
    'request_id',
    'activity_id',
    'region_code',
    'assignee_user_id',
    'due_date',
    'note',
    'status',
    'recurrence_months',
    'completed_at',
    'created_by_user_id',
    'created_at',
    'updated_at',
    'version',
  ],
} as const;
