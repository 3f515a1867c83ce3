// One ECharts chart: loads the library on first use, draws, follows its box's size, and reports
// clicks. The instance is handed to the card for PNG downloads.
import { Skeleton, Text } from '@mantine/core';
import type { ECharts } from 'echarts/core';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartClick, ChartOption } from './types.ts';

export function EChart(props: {
  option: ChartOption;
  height: number;
  label: string;
  onClick?(click: ChartClick): void;
  instance?: RefObject<ECharts | null>;
}) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(props.onClick);
  clickRef.current = props.onClick;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const { instance } = props;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import('./echarts.ts').then(
      ({ echarts }) => {
        if (disposed || !host.current) return;
        const made = echarts.init(host.current, null, { renderer: 'canvas' });
        chart.current = made;
        if (instance) instance.current = made;
        made.on('click', (params) => clickRef.current?.(params as unknown as ChartClick));
        observer = new ResizeObserver(() => made.resize());
        observer.observe(host.current);
        setState('ready');
      },
      () => setState('failed'),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
      if (instance) instance.current = null;
    };
  }, [instance]);

  useEffect(() => {
    if (state === 'ready') chart.current?.setOption(props.option, { notMerge: true });
  }, [props.option, state]);

  return (
    <div style={{ position: 'relative', height: props.height }}>
      <div
        ref={host}
        role="img"
        aria-label={props.label}
        style={{ width: '100%', height: '100%', cursor: props.onClick ? 'pointer' : undefined }}
      />
      {state === 'loading' && <Skeleton pos="absolute" inset={0} radius="sm" />}
      {state === 'failed' && (
        <Text pos="absolute" top={8} left={8} size="sm" c="red">
          {t('chart.failed')}
        </Text>
      )}
    </div>
  );
}
