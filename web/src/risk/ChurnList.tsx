import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Card, Flex, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { flag } from '../lib/countries.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { ChurnReasons, ChurnTag, riskCardPath, SuggestedAction } from './ChurnReasons.tsx';

const PAGE = 20;

/**
 * Customers of the market (or all) ranked by their stored churn score, each with its reasons, a
 * page at a time (the server pages the stored scores).
 */
export function ChurnList({ country }: { country?: string }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [page, setPage] = useState({ country, current: 1 });
  // Another market starts again at its first page.
  const current = page.country === country ? page.current : 1;
  const query = { country, limit: PAGE, offset: (current - 1) * PAGE };
  const churn = useQuery({
    queryKey: qk.risk.churn(query),
    queryFn: () => unwrap(client.GET('/risk/churn', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const d = churn.data;
  return (
    <Card
      size="small"
      title={t('churn.title')}
      loading={churn.isLoading}
      data-testid="churn-list"
      extra={d && t('churn.atRisk', { atRisk: d.atRisk, total: d.total })}
    >
      <Typography.Paragraph type="secondary">
        {t('churn.hint')}
        {d?.items[0]?.scoredOn && <> {t('churn.scoredOn', { date: d.items[0].scoredOn })}</>}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={d?.items ?? []}
        pagination={
          d && d.total > PAGE
            ? {
                current,
                pageSize: PAGE,
                total: d.total,
                showSizeChanger: false,
                onChange: (n) => setPage({ country, current: n }),
              }
            : false
        }
        locale={{ emptyText: t('churn.empty') }}
        renderItem={(c) => (
          <List.Item style={{ display: 'block' }}>
            <Flex vertical={phone} gap={8} justify="space-between">
              <Space wrap>
                <ChurnTag score={c.score} level={c.level} />
                <Link to={riskCardPath(c.customerId)}>
                  <strong>{c.name}</strong>
                </Link>
                <span>
                  {flag(c.country)} {c.country}
                </span>
              </Space>
              <Space direction="vertical" size={2}>
                <ChurnReasons reasons={c.reasons} />
                {c.level !== 'low' && <SuggestedAction suggestion={c.suggestion} />}
              </Space>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
