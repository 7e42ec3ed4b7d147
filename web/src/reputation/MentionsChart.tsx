import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../api/models.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Month = ResponseOf<'/mentions/summary'>['months'][number];
const COLORS = { negative: '#cf1322', neutral: '#8c8c8c', positive: '#389e0d' } as const;

/** Mentions per month, stacked by sentiment (the reputation page's trend). */
export function MentionsChart({ months }: { months: Month[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      grid: { left: 36, right: 12, top: 36, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['negative', 'neutral', 'positive'] as const).map((s) => ({
        name: t(`reputation.sentiments.${s}`),
        type: 'bar',
        stack: 'all',
        itemStyle: { color: COLORS[s] },
        data: months.map((m) => m[s]),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [months, t]);
  return <div ref={ref} style={{ width: '100%', height: 280 }} data-testid="mentions-chart" />;
}
