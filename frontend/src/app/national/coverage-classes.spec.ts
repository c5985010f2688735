import {
  COVERAGE_CLASSES,
  NO_DATA_COLOUR,
  coverageClassOf,
  coverageColour,
  isDarkClass,
} from './coverage-classes';

describe('coverage classes', () => {
  it('are five classes of 20 points from light to dark blue', () => {
    expect(COVERAGE_CLASSES.map(({ min, max, colour }) => [min, max, colour])).toEqual([
      [0, 20, '#eff3ff'],
      [20, 40, '#bdd7e7'],
      [40, 60, '#6baed6'],
      [60, 80, '#3182bd'],
      [80, 100, '#08519c'],
    ]);
  });

  it.each([
    [0, 0],
    [0.1994, 0],
    // Shown as 20,0 %: drawn in the class that starts at 20 %.
    [0.1996, 1],
    [0.2, 1],
    [0.399, 1],
    [0.4, 2],
    [0.5294, 2],
    [0.6, 3],
    [0.7999, 4],
    [0.8, 4],
    [1, 4],
  ])('coverage %s is in class %s', (coverage, index) => {
    expect(coverageClassOf(coverage)?.index).toBe(index);
    expect(coverageColour(coverage)).toBe(COVERAGE_CLASSES[index].colour);
  });

  it('draws a region without units, so without coverage, in grey outside the classes', () => {
    expect(coverageClassOf(null)).toBeNull();
    expect(coverageColour(null)).toBe(NO_DATA_COLOUR);
    expect(COVERAGE_CLASSES.map((coverageClass) => coverageClass.colour)).not.toContain(NO_DATA_COLOUR);
  });

  it('puts light labels on the two darkest classes only', () => {
    expect(COVERAGE_CLASSES.map(isDarkClass)).toEqual([false, false, false, true, true]);
    expect(isDarkClass(null)).toBe(false);
  });
});
