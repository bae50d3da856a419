// A minimal React wrapper around an ECharts instance: option updates, resize, click.
import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './echarts';

export interface EChartClick {
  name: string;
  dataIndex: number;
  seriesIndex?: number;
}

interface EChartProps {
  option: EChartsCoreOption;
  height?: number;
  onClick?: (params: EChartClick) => void;
  testId?: string;
}

export function EChart({ option, height = 320, onClick, testId }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element);
    chartRef.current = chart;
    chart.on('click', (params) => {
      const p = params as { name?: string; dataIndex?: number; seriesIndex?: number };
      clickRef.current?.({ name: p.name ?? '', dataIndex: p.dataIndex ?? -1, seriesIndex: p.seriesIndex });
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} data-testid={testId} style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }} />;
}
