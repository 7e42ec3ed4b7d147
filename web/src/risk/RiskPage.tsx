import { useQuery } from '@tanstack/react-query';
import { Card, Flex, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { flag } from '../lib/countries.ts';
import { Money } from '../lib/Money.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { AgingTags } from './AgingBar.tsx';
import { ChurnList } from './ChurnList.tsx';
import { ChurnModelCard } from './ChurnModelCard.tsx';

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/**
 * Risk per market: the receivables aged (per country, or per customer of one market), revenue
 * concentration with "what if we lost it", the churn list and the workspace's own country ratings.
 */
export function RiskPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? undefined;
  const [lose, setLose] = useState<string | undefined>();
  const query = { groupBy: country ? ('customer' as const) : ('country' as const), country };
  const rec = useQuery({
    queryKey: qk.risk.receivables(query),
    queryFn: () => unwrap(client.GET('/receivables', { params: { query } })),
  });
  const conc = useQuery({
    queryKey: qk.risk.concentration({ lose }),
    queryFn: () =>
      unwrap(client.GET('/risk/concentration', { params: { query: { months: 12, lose } } })),
  });
  const ratings = useQuery({
    queryKey: qk.risk.countries(),
    queryFn: () => unwrap(client.GET('/country-risk')),
  });
  const cur = rec.data?.reportingCurrency ?? 'USD';
  const rating = (code: string) => ratings.data?.items.find((r) => r.country === code);
  const groups = rec.data?.groups ?? [];

  return (
    <Flex vertical gap={16} data-testid="risk-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {country ? `${flag(country)} ${country}` : t('risk.title')}
        </Typography.Title>
        <Select
          allowClear
          showSearch
          style={{ minWidth: 180 }}
          placeholder={t('risk.market')}
          value={country}
          options={(conc.data?.byCountry.items ?? []).map((i) => ({
            value: i.key,
            label: `${flag(i.key)} ${i.key}`,
          }))}
          onChange={(v?: string) => setParams(v ? { country: v } : {})}
        />
      </Flex>
      <Typography.Text type="secondary">{t('risk.hint', { currency: cur })}</Typography.Text>

      <Card size="small" title={t('risk.receivables')} loading={rec.isLoading}>
        {rec.data && (
          <Flex vertical gap={8}>
            <AgingTags
              buckets={rec.data.total.buckets}
              currency={cur}
              unconverted={rec.data.total.unconverted}
            />
            <Space wrap>
              <span>
                {t('risk.dso')}: {rec.data.total.dso ?? '—'}
              </span>
              <span>
                {t('risk.daysLate')}: {rec.data.total.averageDaysLate ?? '—'}
              </span>
              {rec.data.total.trend && <Tag>{t(`risk.trend.${rec.data.total.trend}`)}</Tag>}
              {country && rating(country) && (
                <Tag color="blue">
                  {t('risk.countryRating')}: {rating(country)!.rating}/7 · {t('risk.ownRating')}
                </Tag>
              )}
            </Space>
            <List
              size="small"
              dataSource={groups}
              renderItem={(g) => (
                <List.Item
                  onClick={() => !country && setParams({ country: g.key })}
                  style={{ cursor: country ? undefined : 'pointer', display: 'block' }}
                >
                  <Flex vertical={phone} gap={8} justify="space-between">
                    <Space wrap>
                      <strong>{country ? g.label : `${flag(g.key)} ${g.key}`}</strong>
                      <Money minor={g.openMinor} currency={cur} />
                      {g.overdueMinor > 0 && (
                        <Tag color="red">
                          {t('risk.overdue')} <Money minor={g.overdueMinor} currency={cur} />
                        </Tag>
                      )}
                      {g.trend === 'worse' && <Tag color="red">{t('risk.trend.worse')}</Tag>}
                    </Space>
                    <AgingTags buckets={g.buckets} currency={cur} unconverted={g.unconverted} />
                  </Flex>
                </List.Item>
              )}
            />
          </Flex>
        )}
      </Card>

      <ChurnList country={country} />
      <ChurnModelCard />

      <Card size="small" title={t('risk.concentration.title')} loading={conc.isLoading}>
        {conc.data && (
          <Flex vertical gap={8}>
            {(['byCustomer', 'byCountry', 'byRegion'] as const).map((k) => {
              const d = conc.data[k];
              return (
                <Space key={k} wrap>
                  <strong>{t(`risk.concentration.${k}`)}</strong>
                  <span>top 1 {pct(d.top1)}</span>
                  <span>top 5 {pct(d.top5)}</span>
                  <span>top 10 {pct(d.top10)}</span>
                  <Tag color={d.warning ? 'red' : 'green'}>HHI {d.hhi}</Tag>
                  {d.warning && (
                    <span>
                      {t('risk.concentration.warning', { threshold: conc.data.threshold })}
                    </span>
                  )}
                </Space>
              );
            })}
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              scroll={{ x: true }}
              dataSource={conc.data.byCustomer.items.slice(0, 10)}
              columns={[
                { title: t('risk.concentration.customer'), dataIndex: 'label' },
                {
                  title: t('risk.concentration.revenue'),
                  dataIndex: 'amountMinor',
                  render: (v: number) => <Money minor={v} currency={cur} />,
                },
                { title: t('risk.concentration.share'), dataIndex: 'share', render: pct },
              ]}
              onRow={(r) => ({ onClick: () => setLose(r.key), style: { cursor: 'pointer' } })}
            />
            {conc.data.whatIf && (
              <Typography.Text data-testid="what-if">
                {t('risk.concentration.whatIf', {
                  name: conc.data.whatIf.label,
                  share: pct(conc.data.whatIf.shareAtStake),
                  hhi: conc.data.whatIf.hhiAfter,
                })}
              </Typography.Text>
            )}
          </Flex>
        )}
      </Card>

      <Card size="small" title={t('risk.countryRatings')}>
        <Typography.Paragraph type="secondary">{t('risk.noShipped')}</Typography.Paragraph>
        <Flex wrap gap={4}>
          {(ratings.data?.items ?? []).map((r) => (
            <Tag key={r.country} color={r.rating >= 5 ? 'red' : r.rating >= 3 ? 'orange' : 'green'}>
              {flag(r.country)} {r.country} {r.rating}/7{r.source ? ` · ${r.source}` : ''}
            </Tag>
          ))}
        </Flex>
      </Card>
    </Flex>
  );
}
