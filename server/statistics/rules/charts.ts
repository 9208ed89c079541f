import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import type { Chart } from '../../documents';

export type { Chart };

/**
 * The statistics' charts (issue 23) as SVG text, drawn by Apache ECharts in its server-side mode:
 * the same function on the server (the page arrives with its charts, a PDF report embeds them) and
 * in the browser (a new filter redraws them). No canvas, no animation: it prints crisp on A4.
 * Colours differ in lightness and series carry patterns, so a grey-scale print tells them apart;
 * each chart's numbers are also in a table beside it (docs/decisions.md).
 */
echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  VisualMapComponent,
  AriaComponent,
  SVGRenderer
]);

/** Dark blue, light amber, mid green: three lightnesses apart. */
export const SERIES_COLOURS = ['#1f4e79', '#f2b441', '#4d8a4d'];
const FONT = { fontFamily: 'DejaVu Sans, sans-serif', fontSize: 12, color: '#1b2733' };

export function renderChart(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: SERIES_COLOURS,
      textStyle: FONT,
      aria: { enabled: true, decal: { show: true } },
      ...option
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The size every statistics chart is drawn at: a page's column, or an A4 page's width. */
export const CHART_SIZE = { width: 760, height: 300 } as const;

export const chart = (option: Parameters<typeof renderChart>[0], height: number = CHART_SIZE.height): Chart => ({
  svg: renderChart(option, CHART_SIZE.width, height),
  width: CHART_SIZE.width,
  height
});

export interface Series {
  name: string;
  values: Array<number | null>;
  /** Drawn as a line on a second axis (e.g. a median wait beside counts). */
  line?: boolean;
}

/** Bars (and an optional line) over categories: days, hours, services. */
export function barsOption(categories: string[], series: Series[], axisNames: [string, string?]): EChartsCoreOption {
  const secondAxis = series.some((s) => s.line);
  return {
    grid: { left: 48, right: secondAxis ? 48 : 16, top: 36, bottom: 40 },
    legend: { top: 0, textStyle: FONT },
    xAxis: { type: 'category', data: categories, axisLabel: { ...FONT, hideOverlap: true } },
    yAxis: [
      { type: 'value', name: axisNames[0], nameTextStyle: FONT, minInterval: 1 },
      ...(secondAxis
        ? [{ type: 'value', name: axisNames[1] ?? '', nameTextStyle: FONT, splitLine: { show: false } }]
        : [])
    ],
    series: series.map((s) =>
      s.line
        ? {
            type: 'line',
            name: s.name,
            data: s.values,
            yAxisIndex: 1,
            symbol: 'circle',
            symbolSize: 6,
            lineStyle: { width: 3, type: 'dashed' }
          }
        : { type: 'bar', name: s.name, data: s.values, barMaxWidth: 28 }
    )
  };
}

/** Arrivals by weekday (rows) and hour (columns), one hue from white to dark blue. */
export function heatOption(weekdays: string[], hours: number[], counts: number[][]): EChartsCoreOption {
  const data = counts.flatMap((row, w) => hours.map((h, i) => [i, w, row[h]]));
  const max = Math.max(1, ...data.map((d) => d[2]));
  return {
    grid: { left: 40, right: 16, top: 8, bottom: 64 },
    xAxis: {
      type: 'category',
      data: hours.map((h) => `${String(h).padStart(2, '0')}`),
      axisLabel: FONT,
      splitArea: { show: true }
    },
    yAxis: { type: 'category', data: weekdays, inverse: true, axisLabel: FONT },
    visualMap: {
      min: 0,
      max,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      inRange: { color: ['#ffffff', '#9ec3e6', '#1f4e79'] },
      textStyle: FONT
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, fontSize: 10 },
        itemStyle: { borderColor: '#d5dde7', borderWidth: 1 }
      }
    ]
  };
}

/** Bars lying down, for categories whose names are long (an application's states, units): read top to bottom. */
export function sidewaysBarsOption(categories: string[], series: Series[]): EChartsCoreOption {
  return {
    // ECharts 6 keeps the axis' labels inside the chart by itself (grid.outerBoundsMode 'auto').
    grid: { left: 8, right: 24, top: series.length > 1 ? 36 : 8, bottom: 24 },
    legend: series.length > 1 ? { top: 0, textStyle: FONT } : { show: false },
    yAxis: {
      type: 'category',
      data: categories,
      inverse: true,
      axisLabel: { ...FONT, width: 260, overflow: 'break' }
    },
    xAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      barMaxWidth: 18,
      // A bar's number at its end; none for an empty bar, which would only clutter the axis.
      label: {
        show: true,
        position: 'right',
        fontSize: 11,
        formatter: (p: { value: unknown }) => (p.value ? String(p.value) : '')
      }
    }))
  };
}
