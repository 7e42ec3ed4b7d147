import { ScatterChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from './StakeholdersPage.tsx';

echarts.use([ScatterChart, GridComponent, MarkAreaComponent, TooltipComponent, CanvasRenderer]);

const COLOR = { '-2': '#cf1322', '-1': '#fa8c16', '0': '#8c8c8c', '1': '#52c41a', '2': '#237804' };

/**
 * The stakeholder map of one market: stance toward us (x, −2 … +2) against influence (y, 1 … 5),
 * each point named; the upper-left quadrant (influential, not yet on our side) shaded, as it is
 * where attention goes first. Points on the same spot are spread a little so each stays legible.
 */
export function StakeholderMap({ items }: { items: Stakeholder[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const seen = new Map<string, number>();
    const data = items.map((s) => {
      const spot = `${s.stance}:${s.influence}`;
      const n = seen.get(spot) ?? 0;
      seen.set(spot, n + 1);
      return {
        name: s.name,
        value: [s.stance + (n % 3) * 0.12, s.influence - Math.floor(n / 3) * 0.15],
        itemStyle: { color: COLOR[String(s.stance) as keyof typeof COLOR] },
      };
    });
    chart.setOption({
      grid: { left: 48, right: 24, top: 16, bottom: 40 },
      tooltip: { formatter: (p: { name: string }) => p.name },
      xAxis: {
        type: 'value',
        min: -2.5,
        max: 2.5,
        interval: 1,
        name: t('stakeholders.map.stance'),
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: {
          formatter: (v: number) => t(`stakeholders.stances.${v}`, { defaultValue: '' }),
        },
      },
      yAxis: {
        type: 'value',
        min: 0.5,
        max: 5.5,
        interval: 1,
        name: t('stakeholders.map.influence'),
        nameLocation: 'middle',
        nameGap: 30,
      },
      series: [
        {
          type: 'scatter',
          symbolSize: 14,
          data,
          label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 },
          markArea: {
            silent: true,
            itemStyle: { color: 'rgba(250, 84, 28, 0.06)' },
            data: [
              [
                { xAxis: -2.5, yAxis: 3.5 },
                { xAxis: 0.5, yAxis: 5.5 },
              ],
            ],
          },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [items, t]);
  return <div ref={ref} data-testid="stakeholder-map" style={{ width: '100%', height: 360 }} />;
}
