import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { type ChartHandle, ChartRenderer, type TrendChartData, type TrendSeries } from './chart-renderer';

/**
 * A chart.js line or bar chart of monthly figures. The picture is an image with a name; its figures are in
 * a table next to it (see CoverageTrend), never only here.
 */
@Component({
  selector: 'crm-trend-chart',
  template: `<div class="chart-box"><canvas #canvas role="img" [attr.aria-label]="label()"></canvas></div>`,
  styles: `
    :host {
      display: block;
    }

    .chart-box {
      position: relative;
      height: var(--crm-trend-chart-height, 220px);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChart {
  private readonly renderer = inject(ChartRenderer);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private handle: ChartHandle | null = null;

  readonly type = input<'line' | 'bar'>('line');
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly TrendSeries[]>();
  readonly locale = input.required<string>();
  readonly fractionDigits = input(0);
  /** Accessible name of the picture. */
  readonly label = input.required<string>();

  private readonly data = computed<TrendChartData>(() => ({
    type: this.type(),
    labels: this.labels(),
    series: this.series(),
    locale: this.locale(),
    fractionDigits: this.fractionDigits(),
  }));

  constructor() {
    afterRenderEffect(() => {
      const data = this.data();
      if (this.handle) {
        this.handle.update(data);
      } else {
        this.handle = this.renderer.render(this.canvas().nativeElement, data);
      }
    });
    inject(DestroyRef).onDestroy(() => this.handle?.destroy());
  }
}
