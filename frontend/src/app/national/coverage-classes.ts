/** One class of the coverage map: coverage percentages from `min` (included) below `max`. */
export interface CoverageClass {
  index: number;
  min: number;
  /** Excluded, except for the last class, which ends at 100 % included. */
  max: number;
  colour: string;
}

// ColorBrewer "Blues", 5 classes: sequential, colour-blind and greyscale safe.
const BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/** Five equal classes of 20 percentage points each, lightest for the lowest coverage. */
export const COVERAGE_CLASSES: readonly CoverageClass[] = BLUES.map((colour, index) => ({
  index,
  min: index * 20,
  max: (index + 1) * 20,
  colour,
}));

/** A region without active units has no coverage figure. */
export const NO_DATA_COLOUR = '#d9d9d9';

/** Coverage (0–1) as a percentage with one decimal, the way the page and the downloads show it. */
export function coveragePercent(coverage: number): number {
  return Math.round(coverage * 1000) / 10;
}

/**
 * The class of a coverage share (0–1), or null without one. Classed by the percentage as shown (one
 * decimal), so that a region shown as 20,0 % is never drawn in the class below 20 %.
 */
export function coverageClassOf(coverage: number | null): CoverageClass | null {
  if (coverage === null) {
    return null;
  }
  const percent = Math.min(100, Math.max(0, coveragePercent(coverage)));
  return COVERAGE_CLASSES[Math.min(COVERAGE_CLASSES.length - 1, Math.floor(percent / 20))];
}

/** The fill of a region on the map. */
export function coverageColour(coverage: number | null): string {
  return coverageClassOf(coverage)?.colour ?? NO_DATA_COLOUR;
}

/** Dark classes take light labels, so that names on the map keep their contrast. */
export function isDarkClass(coverageClass: CoverageClass | null): boolean {
  return coverageClass !== null && coverageClass.index >= 3;
}
