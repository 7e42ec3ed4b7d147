import { RadarChart as Radar } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Dimension, Scores } from '../api/models.ts';

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
    const label = (d: Dimension) => {
      const name = labels[d].replace(/\s*([（(])/, '\n$1');
      return narrow && !name.includes('\n') && name.length > 12 ? name.replace(' ', '\n') : name;
    };
    const missing = (d: Dimension) => series.some((s) => s.scores[d] === null);
    chart.setOption({
      tooltip: {},
      legend: { bottom: 0 },
      radar: {
        // Some 2015 scores exceed 100 (Greece uai 112): keep them on the chart as published.
        indicator: ORDER.map((d) => ({
          // A parenthetical goes on its own line, so long names are not cut at the chart's edge.
          name: [label(d), missing(d) ? `(${noScore})` : ''].filter(Boolean).join('\n'),
          max: 120,
        })),
        radius: narrow ? '50%' : '62%',
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
