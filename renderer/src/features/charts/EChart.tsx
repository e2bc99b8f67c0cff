// One ECharts chart in the page (echarts loaded on first use), resized with its box, with a
// button that saves it as a PNG (twice the screen resolution, white background). Drawn with
// ECharts' dark theme when the app is in dark mode; saved PNGs stay light for reports.
import { Button, Card } from 'antd';
import type { ECharts } from 'echarts';
import { useEffect, useRef } from 'react';

import { useGuardedAction } from '../../app/use-guarded-action';
import { t } from '../../i18n';
import { platform } from '../../platform';
import { dataUrlBytes } from '../../services/data-url';
import { useUiStore } from '../../stores/ui-store';

type Props = { title: string; option: Record<string, unknown>; height?: number; fileName: string; testId?: string };

export function EChart({ title, option, height = 360, fileName, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const { run } = useGuardedAction();
  const darkMode = useUiStore((state) => state.darkMode);
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void import('echarts').then((echarts) => {
      if (disposed || !box.current) return;
      chart.current = echarts.init(box.current, darkMode ? 'dark' : undefined, { renderer: 'canvas' });
      chart.current.setOption(darkMode ? { backgroundColor: 'transparent', ...option } : option);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(box.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [option, darkMode]);
  const savePng = () =>
    run(async () => {
      if (!box.current) return;
      const url = darkMode
        ? await lightRendering(option, box.current.clientWidth, height)
        : chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
      if (!url) return;
      await platform.saveFile(`${fileName}.png`, dataUrlBytes(url));
    });
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button size="small" onClick={() => void savePng()} data-testid={testId ? `${testId}-png` : undefined}>
          {t('导出图片')}
        </Button>
      }
    >
      <div ref={box} style={{ height, width: '100%' }} data-testid={testId} />
    </Card>
  );
}

/** The chart drawn off screen in the light theme (for a PNG from dark mode), as a data: URL. */
async function lightRendering(option: Record<string, unknown>, width: number, height: number): Promise<string> {
  const echarts = await import('echarts');
  const host = document.createElement('div');
  host.style.cssText = `position: fixed; left: -10000px; top: 0; width: ${width}px; height: ${height}px`;
  document.body.append(host);
  const light = echarts.init(host, undefined, { renderer: 'canvas' });
  try {
    light.setOption({ ...option, animation: false });
    return light.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  } finally {
    light.dispose();
    host.remove();
  }
}
