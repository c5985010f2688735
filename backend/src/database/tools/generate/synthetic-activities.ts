import type { ActivityType } from '../../../activities/activity-options';
import type { SyntheticCalendar } from './synthetic-calendar';
import { coveringAgent, type SyntheticNetwork } from './synthetic-network';
import { recentRequestOf, type RequestIndex } from './synthetic-requests';
import { SyntheticRandom, WeightedChoice } from './synthetic-random';

interface Kind {
  readonly type: ActivityType;
  readonly weight: number;
  readonly minutes: readonly [number, number];
  readonly units: readonly [number, number];
  readonly participants: readonly [number, number] | null;
}

const KINDS: readonly Kind[] = [
  { type: 'advice_call', weight: 40, minutes: [15, 60], units: [1, 1], participants: null },
  { type: 'meeting', weight: 25, minutes: [45, 120], units: [1, 2], participants: [2, 8] },
  { type: 'workshop', weight: 10, minutes: [120, 240], units: [2, 8], participants: [8, 40] },
  { type: 'training', weight: 8, minutes: [180, 420], units: [2, 12], participants: [10, 60] },
  { type: 'event', weight: 5, minutes: [120, 480], units: [3, 20], participants: [20, 200] },
  { type: 'peer_review', weight: 7, minutes: [60, 180], units: [1, 1], participants: null },
  { type: 'other', weight: 5, minutes: [15, 90], units: [1, 1], participants: null },
];
const KIND_CHOICE = new WeightedChoice(KINDS.map((kind) => kind.weight));

export interface ActivityPlan {
  readonly day: number;
  readonly agent: number;
  readonly region: number;
  readonly type: ActivityType;
  readonly minutes: number;
  readonly participants: number | null;
  readonly units: readonly number[];
  /** Index of the request it was work on, or -1. */
  readonly request: number;
  readonly themes: readonly number[];
  readonly hasNote: boolean;
  readonly random: SyntheticRandom;
}

/** Everything about activity `index` follows from (seed, index), like requests. */
export class ActivityPlanner {
  private readonly dayChoice: WeightedChoice;

  constructor(
    private readonly seed: number,
    private readonly network: SyntheticNetwork,
    calendar: SyntheticCalendar,
    private readonly requests: RequestIndex,
    private readonly themeCount: number,
  ) {
    this.dayChoice = new WeightedChoice(calendar.historyWeights);
  }

  plan(index: number): ActivityPlan {
    const { network } = this;
    const random = new SyntheticRandom(
      Math.imul(this.seed, 7_368_787) ^ Math.imul(index + 1, 0x85ebca77) ^ 0xac7,
    );
    const day = this.dayChoice.pick(random);
    // Only covered regions get an agent's time; a few tries find one.
    let region = network.regionChoice.pick(random);
    let agent = coveringAgent(network, region, day);
    for (let attempt = 0; agent < 0 && attempt < 20; attempt++) {
      region = network.regionChoice.pick(random);
      agent = coveringAgent(network, region, day);
    }
    if (agent < 0) {
      agent = 0;
      region = network.assignments[0].regionIndex;
    }
    const kind = KINDS[KIND_CHOICE.pick(random)];
    let request = -1;
    const units: number[] = [];
    if ((kind.type === 'advice_call' || kind.type === 'meeting') && random.chance(0.35)) {
      request = recentRequestOf(this.requests, agent, day, 60, random);
      if (request >= 0) {
        units.push(this.requests.unit[request]);
      }
    }
    const wanted = random.integer(kind.units[0], kind.units[1]);
    const choice = network.unitChoiceByRegion[region];
    const regionUnits = network.unitsByRegion[region];
    for (let attempt = 0; units.length < wanted && attempt < wanted * 3 && !choice.isEmpty; attempt++) {
      const unit = regionUnits[choice.pick(random)];
      if (!units.includes(unit)) {
        units.push(unit);
      }
    }
    const themes: number[] = [];
    const themeCount = random.integer(1, 3);
    while (themes.length < themeCount) {
      const theme = random.integer(0, this.themeCount - 1);
      if (!themes.includes(theme)) {
        themes.push(theme);
      }
    }
    return {
      day,
      agent,
      region,
      type: kind.type,
      minutes: Math.round(random.integer(kind.minutes[0], kind.minutes[1]) / 5) * 5,
      participants: kind.participants ? random.integer(kind.participants[0], kind.participants[1]) : null,
      units,
      request,
      themes,
      hasNote: random.chance(0.4),
      random,
    };
  }
}
