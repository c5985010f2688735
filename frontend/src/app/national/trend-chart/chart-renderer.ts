import { Injectable } from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

/** One line or set of bars. */
export interface TrendSeries {
  label: string;
  values: readonly number[];
  colour: string;
  /** A dashed line, so that lines differ by more than colour. */
  isDashed?: boolean;
}

/** What a trend chart draws: month labels on the x axis, one or more series. */
export interface TrendChartData {
  type: 'line' | 'bar';
  labels: readonly string[];
  series: readonly TrendSeries[];
  /** Numbers on the axis and in the tooltips follow the language. */
  locale: string;
  fractionDigits: number;
}

/** A drawn chart. */
export interface ChartHandle {
  update(data: TrendChartData): void;
  destroy(): void;
}

function chartConfiguration(data: TrendChartData): ChartConfiguration<'line' | 'bar', number[], string> {
  const format = new Intl.NumberFormat(data.locale, { maximumFractionDigits: data.fractionDigits });
  return {
    type: data.type,
    data: {
      labels: [...data.labels],
      datasets: data.series.map((series) => ({
        label: series.label,
        data: [...series.values],
        backgroundColor: series.colour,
        borderColor: series.colour,
        borderWidth: 2,
        borderDash: series.isDashed ? [6, 4] : [],
        pointRadius: 3,
        pointStyle: series.isDashed ? 'rectRot' : 'circle',
      })),
    },
    options: {
      locale: data.locale,
      responsive: true,
      maintainAspectRatio: false,
      // Nothing moves: calmer, and what the tests and screenshots see is final.
      animation: false,
      plugins: {
        legend: { display: data.series.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${format.format(item.parsed.y ?? 0)}` },
        },
      },
      scales: {
        y: {
          beginAtZero: true,
          ticks: { precision: data.fractionDigits, callback: (value) => format.format(Number(value)) },
        },
      },
    },
  };
}

/** Draws charts with chart.js; component tests provide a stand-in, since jsdom has no canvas. */
@Injectable({ providedIn: 'root' })
export class ChartRenderer {
  constructor() {
    Chart.register(
      BarController,
      BarElement,
      CategoryScale,
      Legend,
      LineController,
      LineElement,
      LinearScale,
      PointElement,
      Tooltip,
    );
    // The app's font and a text colour with AA contrast on white.
    Chart.defaults.font.family = 'Roboto, sans-serif';
    Chart.defaults.color = '#44474e';
  }

  render(canvas: HTMLCanvasElement, data: TrendChartData): ChartHandle {
    const chart = new Chart(canvas, chartConfiguration(data));
    return {
      update: (next) => {
        const configuration = chartConfiguration(next);
        chart.data = configuration.data;
        chart.options = configuration.options ?? {};
        chart.update();
      },
      destroy: () => chart.destroy(),
    };
  }
}
