import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Flex, Segmented, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import { formatDate, formatMoney } from '../lib/format.ts';
import { nameOf } from './labels.ts';
import { FORECAST_GROUPS, type DealForecast, type Pipeline } from './types.ts';

type Group = DealForecast['groups'][number];
type By = (typeof FORECAST_GROUPS)[number];

/**
 * Open deals totalled by stage, owner, country or month, in the reporting currency and weighted by
 * probability. Deals the server could not convert are listed by name above the table.
 */
export function ForecastView({ pipeline }: { pipeline: Pipeline | undefined }) {
  const { t, i18n } = useTranslation();
  const [by, setBy] = useState<By>('stage');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const params = {
    groupBy: by,
    pipelineId: pipeline?.id,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const f = useQuery({
    queryKey: qk.deals.forecast(params),
    queryFn: () => unwrap(client.GET('/deals/forecast', { params: { query: params } })),
  });
  const cur = f.data?.reportingCurrency ?? 'USD';
  const money = (minor: number, currency = cur) => formatMoney(minor, currency, i18n.language);
  const stages = new Map((pipeline?.stages ?? []).map((s) => [s.id, s]));
  const label = (g: Group) => {
    if (by === 'stage') {
      const s = stages.get(g.key);
      return s ? nameOf(t, s) : (g.label ?? g.key);
    }
    if (by === 'country') return `${flag(g.key)} ${countryName(g.key, i18n.language)}`;
    return g.label ?? g.key;
  };
  const u = f.data?.unconverted;

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={12} align="center">
        <Typography.Text>{t('deals.forecast.groupBy')}</Typography.Text>
        <Segmented<By>
          value={by}
          onChange={setBy}
          options={FORECAST_GROUPS.map((g) => ({ value: g, label: t(`deals.forecast.by.${g}`) }))}
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('deals.forecast.from'), t('deals.forecast.to')]}
          onChange={(v) => setRange(v)}
        />
      </Flex>
      {u && u.deals > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="forecast-unconverted"
          title={t('deals.forecast.unconverted', { count: u.deals })}
          description={
            <Flex vertical gap={2}>
              {u.items.slice(0, 10).map((d) => (
                <span key={d.id}>
                  <Link to={`/deals/${d.id}`}>{d.title}</Link> · {d.customerName} ·{' '}
                  {money(d.amountMinor, d.currency)} ·{' '}
                  {formatDate(d.expectedCloseDate, i18n.language)}
                </span>
              ))}
              {u.deals > 10 && <span>{t('deals.forecast.more', { count: u.deals - 10 })}</span>}
              <Link to="/value?tab=rates">{t('deals.forecast.addRates')}</Link>
            </Flex>
          }
        />
      )}
      <Typography.Text type="secondary">
        {t('deals.forecast.reporting', { currency: cur })}
      </Typography.Text>
      <Table<Group>
        rowKey="key"
        size="middle"
        loading={f.isPending}
        dataSource={f.data?.groups ?? []}
        pagination={false}
        scroll={{ x: 700 }}
        columns={[
          { title: t('deals.forecast.group'), render: (_, g) => label(g) },
          { title: t('deals.forecast.deals'), dataIndex: 'deals', align: 'right' },
          {
            title: t('deals.forecast.amount'),
            align: 'right',
            render: (_, g) => money(g.amountMinor),
          },
          {
            title: t('deals.forecast.weighted'),
            align: 'right',
            render: (_, g) => money(g.weightedMinor),
          },
          {
            title: t('deals.forecast.inCurrencies'),
            responsive: ['md'],
            render: (_, g) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {g.byCurrency.map((c) => money(c.amountMinor, c.currency)).join(' · ')}
              </Typography.Text>
            ),
          },
        ]}
        summary={() =>
          f.data ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t('deals.forecast.total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {f.data.total.deals}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <strong data-testid="forecast-total">{money(f.data.total.amountMinor)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <strong>{money(f.data.total.weightedMinor)}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Flex>
  );
}
