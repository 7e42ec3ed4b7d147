import { useQuery } from '@tanstack/react-query';
import { Card, Flex, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { flag } from '../lib/countries.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { ChurnReasons, ChurnTag } from './ChurnReasons.tsx';

/** Customers of the market (or all) ranked by churn risk, each with its reasons. */
export function ChurnList({ country }: { country?: string }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const query = { country, limit: 20 };
  const churn = useQuery({
    queryKey: qk.risk.churn(query),
    queryFn: () => unwrap(client.GET('/risk/churn', { params: { query } })),
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
      <Typography.Paragraph type="secondary">{t('churn.hint')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={d?.items ?? []}
        locale={{ emptyText: t('churn.empty') }}
        renderItem={(c) => (
          <List.Item style={{ display: 'block' }}>
            <Flex vertical={phone} gap={8} justify="space-between">
              <Space wrap>
                <ChurnTag score={c.score} level={c.level} />
                <Link to={`/customers/${c.customerId}`}>
                  <strong>{c.name}</strong>
                </Link>
                <span>
                  {flag(c.country)} {c.country}
                </span>
              </Space>
              <ChurnReasons reasons={c.reasons} />
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
