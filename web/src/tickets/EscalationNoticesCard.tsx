import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { flag } from '../lib/countries.ts';
import { ticketKeys } from './api.ts';

/**
 * Escalations of the last week on running tickets the reader can see (the assignee's and their
 * managers' notices; an agent's too, who sees no follow-ups). With none the card is not shown.
 */
export function EscalationNoticesCard() {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const q = useQuery({
    queryKey: [...ticketKeys.all(), 'escalation-notices'],
    queryFn: () => unwrap(client.GET('/escalation-notices', { params: { query: { limit: 20 } } })),
  });
  const items = q.data?.items ?? [];
  if (q.isSuccess && !items.length) return null;
  if (q.isError) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card
      title={
        <>
          <WarningOutlined style={{ color: '#cf1322' }} /> {t('escalationNotices.title')}
        </>
      }
      loading={q.isPending}
      data-testid="escalation-notices"
      extra={!phone && <Link to="/tickets?sort=timeLeft">{t('escalationNotices.more')}</Link>}
    >
      {phone && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('escalationNotices.hint')}
        </Typography.Paragraph>
      )}
      <List
        dataSource={items}
        pagination={items.length > 6 ? { pageSize: 6, size: 'small' } : false}
        renderItem={(n) => (
          <List.Item data-testid="escalation-notice">
            <List.Item.Meta
              title={
                <span style={{ overflowWrap: 'anywhere' }}>
                  <Tag color={n.trigger === 'breach' ? 'red' : 'orange'}>{n.number}</Tag>
                  <Link to={`/tickets/${n.ticketId}`}>{n.subject}</Link>
                </span>
              }
              description={
                <>
                  {flag(n.customerCountry)} {n.customerName} ·{' '}
                  {t(`escalationNotices.${n.trigger}`, {
                    target: t(`escalations.targets.${n.target}`),
                  })}{' '}
                  · {t('escalationNotices.rule', { rule: n.ruleName })} ·{' '}
                  {when.format(new Date(n.firedAt))}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
