import { RadarChart as Radar } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Dimension, Scores } from '../api/models.ts';
import { radarAxisLabel } from './radar-labels.ts';

echarts.use([Radar, LegendComponent, TooltipComponent, CanvasRenderer]);

const ORDER: Dimension[] = ['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr'];

/** Two countries on the six dimensions. A missing score is drawn at 0 and named "no score" in the axis label. */
export function RadarChart({
  series,
  labels,
  noScore,
}: {
  series: { name: string; scores: Scores }[];
  labels: Record<Dimension, string>;
  noScore: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    // On a phone the labels left and right of the chart need room: a smaller web, and a long
    // name ("Long-term orientation") on two lines.
    const narrow = ref.current.clientWidth < 480;
    const missing = (d: Dimension) => series.some((s) => s.scores[d] === null);
    chart.setOption({
      tooltip: {},
      legend: { bottom: 0 },
      radar: {
        // Some 2015 scores exceed 100 (Greece uai 112): keep them on the chart as published.
        indicator: ORDER.map((d) => ({
          name: radarAxisLabel(labels[d], missing(d) ? noScore : undefined),
          max: 120,
        })),
        // Room for two- and three-line names on the left and right axes.
        radius: narrow ? '50%' : '58%',
        center: ['50%', '48%'],
        axisName: { fontSize: 12, lineHeight: 14 },
      },
      series: [
        {
          type: 'radar',
          data: series.map((s) => ({ name: s.name, value: ORDER.map((d) => s.scores[d] ?? 0) })),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [series, labels, noScore]);
  return <div ref={ref} style={{ width: '100%', height: 360 }} data-testid="radar" />;
}
