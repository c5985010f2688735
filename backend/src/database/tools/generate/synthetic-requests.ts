import type { RequestStatus } from '../../../requests/request-workflow';
import { coveringAgent, type SyntheticNetwork } from './synthetic-network';
import type { SyntheticCalendar } from './synthetic-calendar';
import { SyntheticRandom, WeightedChoice } from './synthetic-random';

/** What the other generators need to know of each request, in compact arrays indexed by request. */
export interface RequestIndex {
  readonly day: Uint16Array;
  readonly unit: Int32Array;
  readonly agent: Int32Array;
  /** Request indices of each agent, by submission day. */
  readonly byAgent: readonly Int32Array[];
}

export interface RequestPlan {
  readonly day: number;
  readonly unit: number;
  readonly agent: number;
  readonly status: RequestStatus;
  readonly submittedAt: Date;
  readonly firstRespondedAt: Date | null;
  readonly waitingSince: Date | null;
  readonly resolvedAt: Date | null;
  readonly closedAt: Date | null;
  readonly cancelledAt: Date | null;
  readonly rating: number | null;
  readonly random: SyntheticRandom;
}

const RECENT: [RequestStatus, number][] = [
  ['assigned', 20],
  ['in_progress', 40],
  ['waiting_for_unit', 15],
  ['resolved', 15],
  ['cancelled', 5],
  ['closed', 5],
];
const MONTHS_OLD: [RequestStatus, number][] = [
  ['in_progress', 10],
  ['waiting_for_unit', 8],
  ['resolved', 12],
  ['closed', 64],
  ['cancelled', 6],
];
const OLD: [RequestStatus, number][] = [
  ['in_progress', 1],
  ['waiting_for_unit', 1],
  ['closed', 90],
  ['cancelled', 8],
];
const choices = (table: [RequestStatus, number][]): WeightedChoice =>
  new WeightedChoice(table.map(([, weight]) => weight));
const RECENT_CHOICE = choices(RECENT);
const MONTHS_OLD_CHOICE = choices(MONTHS_OLD);
const OLD_CHOICE = choices(OLD);

/** Business days to the first response: most the same or next day, a tail beyond the three-day target. */
const FIRST_RESPONSE_DAYS = new WeightedChoice([35, 30, 15, 8, 5, 3, 2, 1, 1]);

/**
 * Everything about request `index` follows from (seed, index) alone, so the requests, their themes and
 * their events can be streamed in separate passes that agree with each other.
 */
export class RequestPlanner {
  private readonly dayChoice: WeightedChoice;

  constructor(
    private readonly seed: number,
    private readonly network: SyntheticNetwork,
    private readonly calendar: SyntheticCalendar,
  ) {
    this.dayChoice = new WeightedChoice(calendar.historyWeights);
  }

  plan(index: number): RequestPlan {
    const { calendar, network } = this;
    const random = new SyntheticRandom(
      Math.imul(this.seed, 1_000_003) ^ Math.imul(index + 1, 0x9e3779b1) ^ 0x5eed,
    );
    const day = this.dayChoice.pick(random);
    const unit = network.unitChoice.pick(random);
    const region = network.units[unit].regionIndex;
    const covering = coveringAgent(network, region, day);
    // Requests from regions without an agent are assigned by the coordinator to a neighbouring agent.
    const agent = covering >= 0 ? covering : region % network.agentCount;
    const age = calendar.todayIndex - day;
    let status: RequestStatus =
      age <= 30
        ? RECENT[RECENT_CHOICE.pick(random)][0]
        : age <= 120
          ? MONTHS_OLD[MONTHS_OLD_CHOICE.pick(random)][0]
          : OLD[OLD_CHOICE.pick(random)][0];
    if (age <= 2 && random.chance(0.5)) {
      status = 'new';
    }
    const submittedAt = calendar.instant(day, 7 * 60 + random.integer(0, 10 * 60));
    const responded = status !== 'new' && !(status === 'cancelled' && random.chance(0.5));
    let firstRespondedAt: Date | null = null;
    if (responded) {
      const responseDay = Math.min(
        calendar.businessDayAfter(day, FIRST_RESPONSE_DAYS.pick(random)),
        calendar.todayIndex,
      );
      const at = calendar.instant(responseDay, 8 * 60 + random.integer(0, 9 * 60));
      firstRespondedAt =
        at > submittedAt ? at : new Date(submittedAt.getTime() + random.integer(10, 240) * 60_000);
      if (status === 'assigned') {
        status = 'in_progress';
      }
    }
    let resolvedAt: Date | null = null;
    let closedAt: Date | null = null;
    let cancelledAt: Date | null = null;
    let waitingSince: Date | null = null;
    const responseTime = firstRespondedAt?.getTime() ?? submittedAt.getTime();
    if (status === 'resolved' || status === 'closed') {
      const resolveDay = Math.min(
        calendar.businessDayAfter(day, random.integer(1, 8) + Math.floor(random.next() ** 3 * 40)),
        calendar.todayIndex,
      );
      const at = calendar.instant(resolveDay, 9 * 60 + random.integer(0, 8 * 60));
      resolvedAt = at.getTime() > responseTime ? at : new Date(responseTime + 3_600_000);
      if (status === 'closed') {
        closedAt = new Date(resolvedAt.getTime() + 14 * 86_400_000);
        if (closedAt.getTime() > calendar.instant(calendar.todayIndex, 0).getTime()) {
          status = 'resolved';
          closedAt = null;
        }
      }
    } else if (status === 'cancelled') {
      cancelledAt = new Date(responseTime + random.integer(1, 72) * 3_600_000);
    } else if (status === 'waiting_for_unit') {
      waitingSince = new Date(responseTime + random.integer(1, 48) * 3_600_000);
    }
    const rating = status === 'closed' && random.chance(0.4) ? random.integer(3, 5) : null;
    return {
      day,
      unit,
      agent,
      status,
      submittedAt,
      firstRespondedAt,
      waitingSince,
      resolvedAt,
      closedAt,
      cancelledAt,
      rating,
      random,
    };
  }

  /** Plans every request once and keeps what activities and follow-ups refer to. */
  index(count: number): RequestIndex {
    const day = new Uint16Array(count);
    const unit = new Int32Array(count);
    const agent = new Int32Array(count);
    const lists: number[][] = Array.from({ length: this.network.agentCount }, () => []);
    for (let request = 0; request < count; request++) {
      const plan = this.plan(request);
      day[request] = plan.day;
      unit[request] = plan.unit;
      agent[request] = plan.agent;
      lists[plan.agent].push(request);
    }
    const byAgent = lists.map((list) => Int32Array.from(list.sort((a, b) => day[a] - day[b])));
    return { day, unit, agent, byAgent };
  }
}

/** A request of `agent` submitted within `days` before `day`, or -1. */
export function recentRequestOf(
  requests: RequestIndex,
  agent: number,
  day: number,
  days: number,
  random: SyntheticRandom,
): number {
  const list = requests.byAgent[agent];
  const lastBefore = (limit: number): number => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (requests.day[list[middle]] <= limit) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  };
  const end = lastBefore(day);
  const start = lastBefore(day - days - 1);
  return end > start ? list[start + Math.floor(random.next() * (end - start))] : -1;
}
