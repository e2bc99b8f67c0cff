// Draws a chart option to a PNG with ECharts on an off-screen canvas (loaded only when needed).
import type { ChartImage } from '#shared/export/word/evaluation-report';

import { dataUrlBytes } from './data-url';

/** Renders at `width` × `height` CSS pixels, twice the resolution for print. */
export async function renderChartPng(option: Record<string, unknown>, width = 800, height = 420): Promise<ChartImage> {
  const echarts = await import('echarts');
  const container = document.createElement('div');
  const chart = echarts.init(container, undefined, { renderer: 'canvas', width, height });
  try {
    chart.setOption(option);
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    return { type: 'png', data: dataUrlBytes(url), width, height };
  } finally {
    chart.dispose();
  }
}
