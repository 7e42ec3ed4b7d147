import { useQuery } from '@tanstack/react-query';
import { Card, Divider, Empty, Flex, List, Rate, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { languageLabel } from '../feedback/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { ticketKeys } from '../tickets/api.ts';
import { fetchCustomerService, type Visit } from './api.ts';
import { OutcomeModal } from './OutcomeModal.tsx';
import { VisitItem } from './VisitItem.tsx';

const TICKETS = 5;

/**
 * The customer page's service card: the customer's latest tickets, their latest CSAT rating (the
 * comment in its own language, named), and the follow-up visits planned and done.
 */
export function ServiceCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const [recording, setRecording] = useState<Visit | null>(null);
  const query = { customerId, sort: 'created' as const, limit: TICKETS };
  const tickets = useQuery({
    queryKey: ticketKeys.list(query),
    queryFn: () => unwrap(client.GET('/tickets', { params: { query } })),
  });
  const service = useQuery({
    queryKey: qk.visits.customer(customerId),
    queryFn: () => fetchCustomerService(customerId),
  });
  const csat = service.data?.csat;
  const visits = service.data?.visits ?? [];
  const section = (text: string) => (
    <Divider titlePlacement="start" plain style={{ margin: '12px 0 4px' }}>
      <Typography.Text strong>{text}</Typography.Text>
    </Divider>
  );
  return (
    <Card
      size="small"
      title={t('visits.service.title')}
      loading={tickets.isPending || service.isPending}
      data-testid="service-card"
    >
      {section(t('visits.service.tickets'))}
      <List
        size="small"
        dataSource={tickets.data?.items ?? []}
        locale={{ emptyText: t('visits.service.noTickets') }}
        renderItem={(tk) => (
          <List.Item data-testid="service-ticket" style={{ paddingInline: 0 }}>
            <Flex justify="space-between" gap={8} style={{ width: '100%', minWidth: 0 }}>
              <Link to={`/tickets/${tk.id}`} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                {tk.number} · {tk.subject}
              </Link>
              <Tag style={{ marginInlineEnd: 0, flex: 'none' }}>
                {t(`tickets.statuses.${tk.status}`)}
              </Tag>
            </Flex>
          </List.Item>
        )}
      />
      {section(t('visits.service.csat'))}
      {csat?.latest ? (
        <Flex vertical gap={2} data-testid="service-csat">
          <Flex wrap gap={8} align="center">
            <Rate disabled value={csat.latest.score} count={5} />
            <Typography.Text strong data-testid="service-csat-score">
              {csat.latest.score} / 5
            </Typography.Text>
            <Typography.Text type="secondary">
              {formatDateTime(csat.latest.answeredAt, i18n.language)}
            </Typography.Text>
          </Flex>
          {csat.latest.subject && (
            <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
              {csat.latest.subject}
            </Typography.Text>
          )}
          {csat.latest.comment && (
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>
              “{csat.latest.comment}”{' '}
              <Tag>{languageLabel(csat.latest.language, i18n.language)}</Tag>
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('visits.service.csatCount', { count: csat.answers, average: csat.average })}
          </Typography.Text>
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.service.noCsat')} />
      )}
      {section(t('visits.service.visits'))}
      <List
        size="small"
        dataSource={visits}
        locale={{ emptyText: t('visits.service.noVisits') }}
        renderItem={(v) => <VisitItem visit={v} showCustomer={false} onRecord={setRecording} />}
      />
      {recording && <OutcomeModal visit={recording} onClose={() => setRecording(null)} />}
    </Card>
  );
}
