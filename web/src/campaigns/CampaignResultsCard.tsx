import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import type { CampaignResults } from './types.ts';

type Counts = CampaignResults['totals'];
const KEYS = [
  'total',
  'queued',
  'sent',
  'failed',
  'bounced',
  'skippedUnsubscribed',
  'skippedNoEmail',
  'skippedBounced',
  'unsubscribed',
  'replied',
] as const satisfies readonly (keyof Counts)[];

/** Counts per recipient status, then the same per country; refreshed while it is sending. */
export function CampaignResultsCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: qk.campaigns.results(id),
    queryFn: () => unwrap(client.GET('/campaigns/{id}/results', { params: { path: { id } } })),
    refetchInterval: (query) =>
      query.state.data && ['scheduled', 'sending'].includes(query.state.data.status)
        ? 15_000
        : false,
  });
  const r = q.data;
  return (
    <Card title={t('campaigns.results')} loading={q.isPending} data-testid="campaign-results">
      {r && r.totals.total === 0 && (
        <Typography.Paragraph type="secondary">{t('campaigns.noResults')}</Typography.Paragraph>
      )}
      {r && (
        <>
          <Row gutter={[16, 16]}>
            {KEYS.map((k) => (
              <Col key={k} xs={12} sm={8} md={6} lg={4} data-testid={`result-${k}`}>
                <Statistic title={t(`campaigns.counts_.${k}`)} value={r.totals[k]} />
              </Col>
            ))}
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('campaigns.noOpenTracking')}
          </Typography.Paragraph>
          <Typography.Title level={5}>{t('campaigns.byCountry')}</Typography.Title>
          <Table
            rowKey="country"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={r.byCountry}
            onRow={() => ({ 'data-testid': 'result-country' }) as never}
            columns={[
              {
                title: t('campaigns.country'),
                fixed: 'left',
                render: (_, row) =>
                  row.country
                    ? `${flag(row.country)} ${countryName(row.country, i18n.language)}`
                    : '—',
              },
              ...KEYS.map((k) => ({
                title: t(`campaigns.counts_.${k}`),
                dataIndex: k,
                align: 'right' as const,
              })),
            ]}
          />
        </>
      )}
    </Card>
  );
}
