// ECharts, only the parts the app draws: loaded on demand by the chart component so it is not
// in the first download. Both renderers: canvas on screen, SVG for "download SVG".
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from './types.ts';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };

/** The chart drawn once more with the SVG renderer, off screen, as an SVG document. */
export function renderSvg(option: ChartOption, width: number, height: number): string {
  const host = document.createElement('div');
  host.style.cssText = `position:absolute;left:-10000px;top:0;width:${width}px;height:${height}px`;
  document.body.append(host);
  const chart = echarts.init(host, null, { renderer: 'svg', width, height });
  try {
    chart.setOption({ ...option, animation: false, backgroundColor: '#ffffff' });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
    host.remove();
  }
}
