// One ECharts chart in the page (echarts loaded on first use), resized with its box, with a
// button that saves it as a PNG (twice the screen resolution, white background).
import { Button, Card } from 'antd';
import { useEffect, useRef } from 'react';
import type { ECharts } from 'echarts';
import { useGuardedAction } from '../../app/use-guarded-action';
import { platform } from '../../platform';
import { dataUrlBytes } from '../../services/data-url';

type Props = { title: string; option: Record<string, unknown>; height?: number; fileName: string; testId?: string };

export function EChart({ title, option, height = 360, fileName, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const { run } = useGuardedAction();
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void import('echarts').then((echarts) => {
      if (disposed || !box.current) return;
      chart.current = echarts.init(box.current, undefined, { renderer: 'canvas' });
      chart.current.setOption(option);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(box.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [option]);
  const savePng = () =>
    run(async () => {
      const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
      if (!url) return;
      await platform.saveFile(`${fileName}.png`, dataUrlBytes(url));
    });
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button size="small" onClick={() => void savePng()} data-testid={testId ? `${testId}-png` : undefined}>
          导出图片
        </Button>
      }
    >
      <div ref={box} style={{ height, width: '100%' }} data-testid={testId} />
    </Card>
  );
}
