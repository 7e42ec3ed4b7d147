import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryName } from '../lib/countries.ts';
import { formatMoney } from '../lib/format.ts';

export type Measure = ResponseOf<'/insight/measures'>['items'][number];
export type Market = ResponseOf<'/insight/markets/{country}'>;
export const PERIODS = ['d90', 'ytd', 'y1'] as const;
export type Period = (typeof PERIODS)[number];

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A period choice as dates, ending today. */
export function periodDates(p: Period, today = new Date()): { from: string; to: string } {
  const to = iso(today);
  if (p === 'ytd') return { from: `${to.slice(0, 4)}-01-01`, to };
  const from = new Date(today);
  from.setUTCDate(from.getUTCDate() - (p === 'd90' ? 89 : 364));
  return { from: iso(from), to };
}

export function useMeasures() {
  return useQuery({
    queryKey: qk.insight.measures(),
    queryFn: () => unwrap(client.GET('/insight/measures')),
    staleTime: Infinity,
  });
}

/** Writes a measure's value the reader's way: money in the reporting currency, %, points. */
export function useFormatValue() {
  const { t, i18n } = useTranslation();
  return (unit: Measure['unit'] | undefined, value: number | null, currency: string | null) => {
    if (value === null) return t('insight.tooFew');
    if (unit === 'money') return formatMoney(value, currency ?? 'USD', i18n.language);
    if (unit === 'percent') return `${value.toLocaleString(i18n.language)} %`;
    return value.toLocaleString(i18n.language);
  };
}

/** A country named in the reader's language (Chinese names in the Chinese UI). */
export function useCountryLabel() {
  const { i18n } = useTranslation();
  return (code: string) => countryName(code, i18n.language);
}

export function measureLabel(m: Pick<Measure, 'labels'>, language: string): string {
  return language === 'zh-CN' ? m.labels['zh-CN'] : m.labels.en;
}
