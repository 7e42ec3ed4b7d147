import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
// Natural Earth shapes keyed by ISO 3166-1 alpha-2 (scripts/generate-world-map.ts, docs/insight.md).
import world from './world.geo.json';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);
echarts.registerMap('chuhai-world', world as Parameters<typeof echarts.registerMap>[1]);

export interface MapPoint {
  country: string;
  value: number | null;
}

/**
 * A choropleth of one measure by country. Countries are keyed by ISO code; `label` names them in
 * the reader's language and `format` writes a value, so the chart holds no words of its own.
 */
export function WorldMap(props: {
  items: MapPoint[];
  label: (code: string) => string;
  format: (value: number | null) => string;
  onSelect: (code: string) => void;
  height: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { items, label, format, onSelect, height } = props;
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const values = items.map((i) => i.value).filter((v): v is number => v !== null);
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; value: number | null | undefined }) =>
          `${label(p.name)}: ${format(typeof p.value === 'number' && !Number.isNaN(p.value) ? p.value : null)}`,
      },
      visualMap: {
        min: Math.min(0, ...values),
        max: Math.max(1, ...values),
        left: 8,
        bottom: 8,
        calculable: true,
        itemHeight: 80,
        inRange: { color: ['#e6f4ff', '#69b1ff', '#0958d9'] },
        formatter: (v: number) => format(v),
      },
      series: [
        {
          type: 'map',
          map: 'chuhai-world',
          roam: true,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd666' } },
          itemStyle: { areaColor: '#f5f5f5', borderColor: '#bfbfbf', borderWidth: 0.5 },
          data: items.map((i) => ({ name: i.country, value: i.value ?? undefined })),
        },
      ],
    });
    chart.on('click', (p) => {
      if (typeof p.name === 'string' && /^[A-Z]{2}$/.test(p.name)) onSelect(p.name);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [items, label, format, onSelect]);
  return <div ref={ref} style={{ width: '100%', height }} data-testid="world-map" />;
}
