import type { Scale } from './bench-accounts';

/** How much synthetic data one scale has. Regions beyond Finland's 19 are NUTS-3-like synthetic ones. */
export interface ScaleProfile {
  readonly regions: number;
  readonly units: number;
  readonly agents: number;
  readonly requests: number;
  readonly activities: number;
  readonly followUps: number;
  /** Years of history, ending today. */
  readonly years: number;
  /** Share of regions that have no agent today (white spots on the map). */
  readonly uncoveredRegionShare: number;
}

export const SCALE_PROFILES: Record<Scale, ScaleProfile> = {
  national: {
    regions: 19,
    units: 3_000,
    agents: 15,
    requests: 20_000,
    activities: 100_000,
    followUps: 40_000,
    years: 5,
    uncoveredRegionShare: 0.05,
  },
  eu: {
    regions: 1_200,
    units: 250_000,
    agents: 1_200,
    requests: 1_000_000,
    activities: 5_000_000,
    followUps: 2_000_000,
    years: 5,
    uncoveredRegionShare: 0.05,
  },
};
