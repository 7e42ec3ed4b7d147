import { BulbOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { flag } from '../lib/countries.ts';
import { riskCardPath } from '../risk/ChurnReasons.tsx';

const SHOWN = 8;
type State = 'done' | 'dismissed' | 'snoozed';

/**
 * The day's suggested actions over the reader's customers, highest priority first, each with its
 * reason; done, dismiss and snooze are one click (dismissals are counted per rule for admins).
 */
export function NextActionsCard({ customerId }: { customerId?: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const qc = useQueryClient();
  const [all, setAll] = useState(false);
  const lang = i18n.language === 'zh-CN' ? ('zh' as const) : ('en' as const);
  const query = { lang, customerId, limit: 200 };
  const actions = useQuery({
    queryKey: qk.insight.actionsOf(query),
    queryFn: () => unwrap(client.GET('/next-actions', { params: { query } })),
  });
  const mark = async (id: string, key: string, state: State) => {
    await unwrap(
      client.POST('/customers/{id}/next-actions', {
        params: { path: { id } },
        body: { key, state },
      }),
    );
    void message.success(t('insight.actions.saved'));
    await qc.invalidateQueries({ queryKey: qk.insight.actions() });
  };
  const items = actions.data?.items ?? [];
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <Card
      data-testid="next-actions"
      title={
        <>
          <BulbOutlined /> {t('insight.actions.title')}
        </>
      }
      extra={
        !phone && <Typography.Text type="secondary">{t('insight.actions.hint')}</Typography.Text>
      }
    >
      {actions.isPending ? (
        <Skeleton active />
      ) : (
        <List
          dataSource={shown}
          locale={{ emptyText: <Empty description={t('insight.actions.none')} /> }}
          renderItem={(a) => (
            <List.Item data-testid="next-action">
              <Flex vertical={phone} justify="space-between" gap={8} style={{ width: '100%' }}>
                <div>
                  {!customerId && (
                    <div>
                      {flag(a.country)}{' '}
                      <Link to={`/customers/${a.customerId}`}>{a.customerName}</Link>
                    </div>
                  )}
                  <Typography.Text data-testid="next-action-reason">
                    {a.ruleId === 'churn_risk' ? (
                      // Worded here from the codes; links to the customer's risk card.
                      <Link to={riskCardPath(a.customerId)}>
                        {t('churn.nextAction', {
                          score: a.params.score,
                          reason: t(`churn.short.${a.params.reason}`),
                          action: t(`churn.action.${a.params.action}`),
                        })}
                      </Link>
                    ) : (
                      a.reason
                    )}
                  </Typography.Text>{' '}
                  <Tag bordered={false} title={t('insight.actions.rule', { id: a.ruleId })}>
                    {a.ruleId}
                  </Tag>
                </div>
                <Space wrap size={4}>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => void mark(a.customerId, a.key, 'done')}
                  >
                    {t('insight.actions.done')}
                  </Button>
                  <Button size="small" onClick={() => void mark(a.customerId, a.key, 'snoozed')}>
                    {t('insight.actions.snooze')}
                  </Button>
                  <Button
                    size="small"
                    type="text"
                    onClick={() => void mark(a.customerId, a.key, 'dismissed')}
                  >
                    {t('insight.actions.dismiss')}
                  </Button>
                </Space>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {!all && items.length > SHOWN && (
        <Button type="link" onClick={() => setAll(true)}>
          {t('insight.actions.more', { count: items.length - SHOWN })}
        </Button>
      )}
    </Card>
  );
}
