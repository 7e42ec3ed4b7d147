import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../api/models.ts';

echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Entry = ResponseOf<'/stakeholders/{id}'>['stanceHistory'][number];

/**
 * A stakeholder's stance over time: a step line from its first recorded stance through every
 * change to today (a stance holds until it changes, so the line steps, never slopes).
 */
export function StanceChart({ history }: { history: Entry[] }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current || !history.length) return;
    const chart = echarts.init(ref.current);
    const points = [...history].sort((a, b) => a.at.localeCompare(b.at));
    const last = points[points.length - 1]!;
    const label = (v: number) => t(`stakeholders.stances.${v}`);
    const day = (at: string) => new Date(at).toLocaleDateString(i18n.language);
    chart.setOption({
      // Room on the left for the longest stance label ("Champion", 积极拥护).
      grid: { left: 8, right: 16, top: 16, bottom: 28, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number }) => {
          const e = points[p.dataIndex];
          if (!e) return `${t('stakeholders.stanceChart.today')}: ${label(last.stance)}`;
          return [day(e.at), label(e.stance), e.note].filter(Boolean).join('<br/>');
        },
      },
      xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
      yAxis: {
        type: 'value',
        min: -2,
        max: 2,
        interval: 1,
        axisLabel: { formatter: label },
      },
      series: [
        {
          type: 'line',
          step: 'end',
          symbolSize: 8,
          itemStyle: { color: '#1677ff' },
          data: [
            ...points.map((e) => [e.at, e.stance]),
            // The stance holds to today.
            { value: [new Date().toISOString(), last.stance], symbol: 'none' },
          ],
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [history, t, i18n.language]);
  return <div ref={ref} style={{ width: '100%', height: 220 }} data-testid="stance-chart" />;
}
