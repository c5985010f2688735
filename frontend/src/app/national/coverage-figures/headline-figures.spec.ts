import { nationalDashboard, plain, regionDashboard } from '../testing/coverage-testing';
import { headlineFigures } from './headline-figures';

describe('headlineFigures', () => {
  it('gives the national figures with their changes from the previous period', () => {
    const { totals, previousTotals } = nationalDashboard();
    const figures = headlineFigures(totals, previousTotals, 'fi').map(({ key, value, change }) => [
      key,
      plain(value),
      change ? `${change.direction} ${plain(change.text)}${change.isPoints ? ' pp' : ''}` : null,
    ]);

    expect(figures).toEqual([
      ['coverage', '89,8 %', 'up +4,2 pp'],
      ['reachedUnits', '430 / 479', 'up +20'],
      ['regionsWithAgent', '15 / 19', 'up +1'],
      ['hours', '7 237,8', 'down −950,7'],
      ['requestsReceived', '274', 'down −19'],
      ['requestsResolved', '242', 'same ±0'],
      ['medianFirstResponse', '2,0', 'down −0,5'],
      ['slaCompliance', '56,6 %', 'down −0,1 pp'],
    ]);
  });

  it('gives a region no count of regions with an agent, and no change where the last period had no figure', () => {
    const { totals, previousTotals } = regionDashboard();
    const figures = headlineFigures(totals, previousTotals, 'en');

    expect(figures.map((figure) => figure.key)).not.toContain('regionsWithAgent');
    expect(figures.find((figure) => figure.key === 'slaCompliance')).toEqual({
      key: 'slaCompliance',
      value: '66.7%',
      detail: { key: 'slaMet', params: { met: '2', resolved: '3' } },
      change: null,
    });
    expect(figures.find((figure) => figure.key === 'medianFirstResponse')?.change).toBeNull();
  });
});
