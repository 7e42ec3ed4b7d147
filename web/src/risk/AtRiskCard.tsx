import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { flag } from '../lib/countries.ts';
import { ChurnTag, riskCardPath, SuggestedAction } from './ChurnReasons.tsx';

const TOP = 5;

/**
 * The dashboard's customers at risk: how many of the reader's customers are at high and medium
 * churn risk, and the five riskiest with the suggested action, each linking to its risk card.
 * The list is the stored churn list's first page, scoped on the server (a rep sees their own).
 */
export function AtRiskCard() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const query = { limit: TOP };
  const churn = useQuery({
    queryKey: qk.risk.churn(query),
    queryFn: () => unwrap(client.GET('/risk/churn', { params: { query } })),
  });
  const d = churn.data;
  // The first page is riskiest first: low scores only fill it when fewer than five are at risk.
  const top = (d?.items ?? []).filter((c) => c.level !== 'low');
  return (
    <Card
      data-testid="at-risk-card"
      loading={churn.isLoading}
      title={
        <>
          <WarningOutlined /> {t('churn.card.title')}
        </>
      }
      extra={!phone && <Typography.Text type="secondary">{t('churn.card.hint')}</Typography.Text>}
    >
      {d && d.atRisk > 0 && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag color="red" data-testid="at-risk-high">
            {t('churn.card.high')} {d.high}
          </Tag>
          <Tag color="orange" data-testid="at-risk-medium">
            {t('churn.card.medium')} {d.medium}
          </Tag>
        </Space>
      )}
      <List
        dataSource={top}
        locale={{ emptyText: <Empty description={t('churn.card.empty')} /> }}
        renderItem={(c) => (
          <List.Item data-testid="at-risk-customer">
            <Flex
              vertical={phone}
              gap={phone ? 4 : 8}
              justify="space-between"
              style={{ width: '100%' }}
            >
              <Space wrap size={4}>
                <ChurnTag score={c.score} level={c.level} />
                {flag(c.country)} <Link to={riskCardPath(c.customerId)}>{c.name}</Link>
              </Space>
              <SuggestedAction suggestion={c.suggestion} />
            </Flex>
          </List.Item>
        )}
      />
      {d && d.atRisk > top.length && (
        <Link to="/risk" data-testid="at-risk-all">
          {t('churn.card.all')} ({d.atRisk})
        </Link>
      )}
    </Card>
  );
}
