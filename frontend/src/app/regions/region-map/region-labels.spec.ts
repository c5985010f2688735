import { placeRegionLabel, splitRegionName } from './region-labels';

describe('splitRegionName', () => {
  it.each([
    ['Uusimaa', ['Uusimaa']],
    ['Kymenlaakso', ['Kymenlaakso']],
    ['Pohjois-Pohjanmaa', ['Pohjois-', 'Pohjanmaa']],
    ['Egentliga Tavastland', ['Egentliga', 'Tavastland']],
    ['Central Ostrobothnia', ['Central', 'Ostrobothnia']],
    ['Päijänne-Tavastland', ['Päijänne-', 'Tavastland']],
    ['Kymmenedalen', ['Kymmenedalen']],
  ])('%s → %j', (name, lines) => {
    expect(splitRegionName(name)).toEqual(lines);
  });
});

describe('placeRegionLabel', () => {
  it('centres a one-line label on the centroid', () => {
    expect(placeRegionLabel('19', 'Lappi', [218.04, 147.26])).toEqual({
      x: 218,
      y: 147.3,
      lines: [{ text: 'Lappi', dy: '0.35em' }],
    });
  });

  it('centres a two-line label on the centroid', () => {
    const label = placeRegionLabel('17', 'Pohjois-Pohjanmaa', [214, 306]);

    expect(label.lines).toEqual([
      { text: 'Pohjois-', dy: '-0.2em' },
      { text: 'Pohjanmaa', dy: '1.1em' },
    ]);
  });
});
