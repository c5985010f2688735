import { TestBed } from '@angular/core/testing';
import { FakeChartRenderer, provideFakeCharts } from '../testing/coverage-testing';
import type { ChartHandle, TrendChartData } from './chart-renderer';
import { TrendChart } from './trend-chart';

describe('TrendChart', () => {
  it('draws once into a named canvas, redraws with new figures and lets go of the chart when removed', async () => {
    const destroyed: boolean[] = [];
    TestBed.configureTestingModule({ providers: [provideFakeCharts()] });
    const renderer = TestBed.inject(FakeChartRenderer);
    const render = renderer.render.bind(renderer);
    jest.spyOn(renderer, 'render').mockImplementation((canvas, data): ChartHandle => {
      const handle = render(canvas, data);
      return { update: handle.update, destroy: () => destroyed.push(true) };
    });
    const fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('type', 'bar');
    fixture.componentRef.setInput('labels', ['tammi', 'helmi']);
    fixture.componentRef.setInput('series', [{ label: 'Tunnit', values: [1.5, 2], colour: '#009E73' }]);
    fixture.componentRef.setInput('locale', 'fi');
    fixture.componentRef.setInput('fractionDigits', 1);
    fixture.componentRef.setInput('label', 'Kaavio: neuvontatunnit kuukausittain');
    await fixture.whenStable();

    const canvas = (fixture.nativeElement as HTMLElement).querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe('Kaavio: neuvontatunnit kuukausittain');
    expect(renderer.render).toHaveBeenCalledTimes(1);
    expect(renderer.drawn).toEqual<TrendChartData[]>([
      {
        type: 'bar',
        labels: ['tammi', 'helmi'],
        series: [{ label: 'Tunnit', values: [1.5, 2], colour: '#009E73' }],
        locale: 'fi',
        fractionDigits: 1,
      },
    ]);

    fixture.componentRef.setInput('locale', 'sv');
    await fixture.whenStable();
    expect(renderer.render).toHaveBeenCalledTimes(1);
    expect(renderer.drawn.at(-1)?.locale).toBe('sv');

    fixture.destroy();
    expect(destroyed).toEqual([true]);
  });
});
