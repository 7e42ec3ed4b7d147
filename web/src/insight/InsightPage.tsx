import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Segmented, Select, Skeleton, Table, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { flag } from '../lib/countries.ts';
import {
  measureLabel,
  periodDates,
  PERIODS,
  useCountryLabel,
  useFormatValue,
  useMeasures,
  type Period,
} from './useInsight.ts';
import { WorldMap } from './WorldMap.tsx';
import { filterQuery, InsightFilterBar, useInsightFilters } from './InsightFilters.tsx';

/** The world map of one measure over a period, in the reader's scope; a country opens its market. */
export function InsightPage() {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const measures = useMeasures();
  const measure = params.get('measure') ?? 'revenue';
  const [period, setPeriod] = useState<Period>('d90');
  const dates = periodDates(period);
  const [filters] = useInsightFilters();
  const query = { measure, ...dates, ...filters };
  const map = useQuery({
    queryKey: qk.insight.map(query),
    queryFn: () => unwrap(client.GET('/insight/map', { params: { query } })),
  });
  const lang = i18n.language === 'zh-CN' ? 'zh' : 'en';
  const exportHref = `/api/v1/insight/map.xlsx?${new URLSearchParams({ ...query, lang }).toString()}`;
  const label = useCountryLabel();
  const formatValue = useFormatValue();
  const unit = map.data?.unit;
  const currency = map.data?.currency ?? null;
  const format = useCallback(
    (v: number | null) => formatValue(unit, v, currency),
    [formatValue, unit, currency],
  );
  const filterParams = filterQuery(filters);
  const open = useCallback(
    (code: string) =>
      void navigate(
        `/insight/markets/${code}?period=${period}${filterParams ? `&${filterParams}` : ''}`,
      ),
    [navigate, period, filterParams],
  );
  const items = useMemo(() => map.data?.items ?? [], [map.data]);
  const ranked = [...items].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('insight.title')}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <Select
          data-testid="measure-select"
          aria-label={t('insight.measure')}
          style={{ minWidth: phone ? '100%' : 260 }}
          value={measure}
          loading={measures.isPending}
          options={(measures.data?.items ?? []).map((m) => ({
            value: m.id,
            label: measureLabel(m, i18n.language),
          }))}
          onChange={(v: string) => {
            const next = new URLSearchParams(params);
            next.set('measure', v);
            setParams(next, { replace: true });
          }}
        />
        <Segmented
          aria-label={t('insight.period')}
          value={period}
          onChange={(v) => setPeriod(v)}
          options={PERIODS.map((p) => ({ value: p, label: t(`insight.periods.${p}`) }))}
        />
        <InsightFilterBar exportHref={exportHref} />
      </Flex>
      <Card styles={{ body: { padding: phone ? 4 : 12 } }}>
        {map.isPending ? (
          <Skeleton active />
        ) : (
          <>
            <WorldMap
              items={items}
              label={label}
              format={format}
              onSelect={open}
              height={phone ? 260 : 460}
            />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 8px' }}>
              {t('insight.mapHint')} {t('insight.mapSource')}
            </Typography.Paragraph>
          </>
        )}
      </Card>
      <Card title={t('insight.countries')} size="small">
        <Table
          size="small"
          rowKey="country"
          loading={map.isPending}
          dataSource={ranked}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('insight.noData')} /> }}
          onRow={(r) => ({ onClick: () => open(r.country), style: { cursor: 'pointer' } })}
          columns={[
            {
              key: 'country',
              title: t('insight.country'),
              render: (_, r) => (
                <a data-testid={`map-row-${r.country}`}>
                  {flag(r.country)} {label(r.country)}
                </a>
              ),
            },
            {
              key: 'value',
              title: t('insight.value'),
              align: 'right',
              render: (_, r) => <span data-testid="map-value">{format(r.value)}</span>,
            },
            { key: 'count', dataIndex: 'count', title: t('insight.count'), align: 'right' },
          ]}
        />
      </Card>
    </Flex>
  );
}
