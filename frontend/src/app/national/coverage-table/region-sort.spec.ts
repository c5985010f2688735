import { type CoverageTableRow, type RegionSort, sortRegionRows } from './region-sort';

function row(code: string, name: string, overrides: Partial<CoverageTableRow> = {}): CoverageTableRow {
  return {
    code,
    name,
    hasAgent: true,
    agentName: null,
    activeUnits: 10,
    reachedUnits: 5,
    coverage: 0.5,
    requestsReceived: 1,
    requestsResolved: 1,
    hours: 1,
    medianFirstResponseBusinessDays: 1,
    slaMet: 1,
    slaCompliance: 1,
    ...overrides,
  };
}

const ROWS: readonly CoverageTableRow[] = [
  row('01', 'Uusimaa', { coverage: 0.9, hours: 450.5, agentName: 'Aino Lehtinen' }),
  row('07', 'Päijät-Häme', {
    coverage: 0.53,
    hours: 0,
    hasAgent: false,
    medianFirstResponseBusinessDays: null,
  }),
  row('12', 'Pohjois-Karjala', { coverage: null, hours: 12, hasAgent: false }),
  row('19', 'Lappi', { coverage: 0.53, hours: 80, agentName: 'Saara Niskanen' }),
  row('21', 'Ahvenanmaa', { coverage: 0.375, hours: 45.5, agentName: 'Ella Ek' }),
];

function codes(sort: RegionSort, locale = 'fi'): string[] {
  return sortRegionRows(ROWS, sort, locale).map((region) => region.code);
}

describe('sortRegionRows', () => {
  it('keeps the order of the API (region codes) without a sort', () => {
    expect(codes({ active: '', direction: '' })).toEqual(['01', '07', '12', '19', '21']);
    expect(codes({ active: 'hours', direction: '' })).toEqual(['01', '07', '12', '19', '21']);
  });

  it.each([
    // Finnish alphabetical order: ä after z.
    ['asc', ['21', '19', '12', '07', '01']],
    ['desc', ['01', '07', '12', '19', '21']],
  ] as const)('sorts by name %s', (direction, expected) => {
    expect(codes({ active: 'name', direction })).toEqual(expected);
  });

  it('sorts Finnish letters after z in Finnish', () => {
    const rows = [row('a', 'Äänekoski'), row('b', 'Zeta'), row('c', 'Aura')];
    expect(
      sortRegionRows(rows, { active: 'name', direction: 'asc' }, 'fi').map((region) => region.code),
    ).toEqual(['c', 'b', 'a']);
  });

  it.each([
    // Equal coverage: by name (Lappi before Päijät-Häme); no coverage last either way.
    ['asc', ['21', '19', '07', '01', '12']],
    ['desc', ['01', '19', '07', '21', '12']],
  ] as const)('sorts by coverage %s, the region without units last', (direction, expected) => {
    expect(codes({ active: 'coverage', direction })).toEqual(expected);
  });

  it('sorts by hours', () => {
    expect(codes({ active: 'hours', direction: 'desc' })).toEqual(['01', '19', '21', '12', '07']);
  });

  it('puts a missing median last in both directions', () => {
    expect(codes({ active: 'medianFirstResponseBusinessDays', direction: 'asc' }).at(-1)).toBe('07');
    expect(codes({ active: 'medianFirstResponseBusinessDays', direction: 'desc' }).at(-1)).toBe('07');
  });

  it('sorts by agent: regions with one first, by name, then those without', () => {
    expect(codes({ active: 'agent', direction: 'asc' })).toEqual(['01', '21', '19', '12', '07']);
    expect(codes({ active: 'agent', direction: 'desc' })).toEqual(['12', '07', '19', '21', '01']);
  });

  it('leaves the rows it is given as they were', () => {
    const before = ROWS.map((region) => region.code);
    sortRegionRows(ROWS, { active: 'hours', direction: 'asc' }, 'fi');
    expect(ROWS.map((region) => region.code)).toEqual(before);
  });
});
