import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([Bars, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface BarSeries {
  name: string;
  data: number[];
  color: string;
}

/**
 * Horizontal stacked bars, one row per category (a reason, a country), the first at the top.
 * `detail` adds lines to a row's tooltip (win rate, lost value), already written for the reader.
 */
export function BarChart(props: {
  categories: string[];
  series: BarSeries[];
  detail?: (index: number) => string[];
  testId: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { categories, series, detail } = props;
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const narrow = ref.current.clientWidth < 480;
    chart.setOption({
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (
          items: { dataIndex: number; seriesName: string; value: number; marker: string }[],
        ) => {
          const i = items[0]?.dataIndex ?? 0;
          return [
            `<b>${categories[i] ?? ''}</b>`,
            ...items.map((x) => `${x.marker}${x.seriesName}: ${x.value}`),
            ...(detail?.(i) ?? []),
          ].join('<br/>');
        },
      },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: categories,
        axisLabel: { width: narrow ? 90 : 180, overflow: 'truncate' },
      },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        stack: 'results',
        data: s.data,
        itemStyle: { color: s.color },
        barMaxWidth: 22,
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [categories, series, detail]);
  const height = Math.max(140, categories.length * 34 + 60);
  return <div ref={ref} style={{ width: '100%', height }} data-testid={props.testId} />;
}
