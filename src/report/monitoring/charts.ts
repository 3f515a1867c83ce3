// A report chart drawn on the server: ECharts' SVG renderer without a DOM (the PDF embeds the SVG as
// vectors), and that SVG rasterised by resvg for the DOCX, which Word shows more reliably as PNG.
import { Resvg } from '@resvg/resvg-js';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { PantauError } from '../../domain/errors.ts';
import { chartOption, defaultChartSize } from './chart-option.ts';
import { helveticaWidth } from './helvetica-wrap.ts';
import type { ReportChart } from './model.ts';

echarts.use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, SVGRenderer]);

/**
 * Without a canvas ECharts guesses text widths, and it guesses narrow: labels beside horizontal bars
 * came out cut off in the PNG. Helvetica's widths with a margin cover both fonts that draw the text:
 * Helvetica in the PDF, and DejaVu Sans (about a tenth wider) in the PNG.
 */
const SPARE = 1.12;
echarts.setPlatformAPI({
  measureText(text: string, font?: string) {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
    const bold = /\bbold(er)?\b|\b[6-9]00\b/.test(font ?? '') ? 1.06 : 1;
    return { width: helveticaWidth(text, size) * SPARE * bold };
  },
});

export interface ChartSize {
  width: number;
  height: number;
}

function validate(chart: ReportChart): void {
  const lengths = chart.series.map((s) => s.values.length);
  if (lengths.some((n) => n !== chart.categories.length)) {
    throw new PantauError(
      'validation',
      `Grafik "${chart.title}": jumlah nilai tidak sama dengan jumlah kategori — chart "${chart.title}": values and categories differ in number`,
    );
  }
}

// An export draws each chart twice, as SVG for the PDF and again under the DOCX's PNG, and a report
// is often downloaded more than once: the last few drawings are kept (a few dozen kilobytes each).
const DRAWN_KEPT = 32;
const drawn = new Map<string, string>();

export function chartSvg(chart: ReportChart, opts?: Partial<ChartSize>): string {
  validate(chart);
  const size = { ...defaultChartSize(chart), ...opts };
  const key = JSON.stringify([chart, size.width, size.height]);
  const kept = drawn.get(key);
  if (kept !== undefined) return kept;
  const svg = drawSvg(chart, size);
  if (drawn.size >= DRAWN_KEPT) drawn.delete(drawn.keys().next().value as string);
  drawn.set(key, svg);
  return svg;
}

function drawSvg(chart: ReportChart, size: ChartSize): string {
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    instance.setOption(chartOption(chart));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

export interface ChartPngOptions extends Partial<ChartSize> {
  /** Pixels per SVG unit: 2 keeps text sharp when Word scales the picture to the page. */
  scale?: number;
}

export function chartPng(chart: ReportChart, opts: ChartPngOptions = {}): Buffer {
  const { scale = 2, ...size } = opts;
  const svg = chartSvg(chart, size);
  // resvg finds no Helvetica or Arial on Debian: it falls through the SVG's family list to DejaVu
  // Sans, which fonts-dejavu-core installs; a server without it still draws text in any sans font.
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
