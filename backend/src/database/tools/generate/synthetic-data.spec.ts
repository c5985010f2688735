import { SCALE_PROFILES } from './scale-profiles';
import { ActivityPlanner } from './synthetic-activities';
import { SyntheticCalendar } from './synthetic-calendar';
import { coveringAgent, syntheticNetwork, type SyntheticRegion } from './synthetic-network';
import { SyntheticRandom, syntheticUuid } from './synthetic-random';
import { RequestPlanner } from './synthetic-requests';

const FINLAND: SyntheticRegion[] = Array.from({ length: 19 }, (_, index) => ({
  code: String(index + 1).padStart(2, '0'),
  names: null,
  municipalities: Array.from({ length: 5 + index }, (__, m) => ({
    code: String(index * 30 + m).padStart(3, '0'),
    name: `Kunta${m}`,
  })),
}));

function build(seed: number) {
  const profile = { ...SCALE_PROFILES.national, requests: 2_000, activities: 5_000 };
  const calendar = new SyntheticCalendar('2026-11-22', profile.years);
  const network = syntheticNetwork(new SyntheticRandom(seed), profile, FINLAND, calendar.todayIndex);
  const requests = new RequestPlanner(seed, network, calendar);
  const index = requests.index(profile.requests);
  const activities = new ActivityPlanner(seed, network, calendar, index, 10);
  return { profile, calendar, network, requests, activities };
}

describe('synthetic benchmark data', () => {
  it('is the same for the same seed and different for another', () => {
    const a = build(1);
    const b = build(1);
    const c = build(2);
    const sample = (data: ReturnType<typeof build>) =>
      [0, 17, 999].map((i) => {
        const { random: _r, ...request } = data.requests.plan(i);
        const { random: _a, ...activity } = data.activities.plan(i);
        return { request, activity };
      });
    expect(sample(a)).toEqual(sample(b));
    expect(a.network.units).toEqual(b.network.units);
    expect(sample(a)).not.toEqual(sample(c));
  });

  it('has exactly the units of the profile, with agents covering all but the last region', () => {
    const { network, profile, calendar } = build(1);
    expect(network.units).toHaveLength(profile.units);
    expect(network.unitsByRegion.flat()).toHaveLength(profile.units);
    const covered = network.regions.filter(
      (_, region) => coveringAgent(network, region, calendar.todayIndex) >= 0,
    );
    expect(covered).toHaveLength(18);
    expect(new Set(network.assignments.map((assignment) => assignment.agentIndex)).size).toBe(profile.agents);
  });

  it('keeps requests consistent: responses after submission, resolution after response, nothing in the future', () => {
    const { requests, calendar } = build(1);
    const now = calendar.endOfDay(calendar.todayIndex).getTime();
    for (let i = 0; i < 2_000; i++) {
      const plan = requests.plan(i);
      if (plan.firstRespondedAt) {
        expect(plan.firstRespondedAt.getTime()).toBeGreaterThan(plan.submittedAt.getTime());
      }
      if (plan.resolvedAt) {
        expect(plan.resolvedAt.getTime()).toBeGreaterThan(
          (plan.firstRespondedAt ?? plan.submittedAt).getTime(),
        );
        expect(plan.resolvedAt.getTime()).toBeLessThanOrEqual(now);
      }
      expect(['new', 'cancelled'].includes(plan.status) || plan.agent >= 0).toBe(true);
    }
  });

  it('makes summer quiet', () => {
    const { activities, calendar } = build(1);
    const byMonth = new Map<string, number>();
    for (let i = 0; i < 5_000; i++) {
      const month = calendar.days[activities.plan(i).day].slice(5, 7);
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    expect(byMonth.get('07') ?? 0).toBeLessThan((byMonth.get('10') ?? 0) / 3);
  });

  it('makes unique, version-4-shaped UUIDs from (seed, kind, index)', () => {
    const ids = new Set(Array.from({ length: 50_000 }, (_, index) => syntheticUuid(1, 6, index)));
    expect(ids.size).toBe(50_000);
    expect(syntheticUuid(1, 6, 7)).toBe(syntheticUuid(1, 6, 7));
    expect(syntheticUuid(1, 6, 7)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
