import { useQuery } from '@tanstack/react-query';
import { Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useNameOf } from '../api/queries.ts';
import { useSession } from '../auth/session.tsx';
import { formatDateTime } from '../lib/format.ts';
import { ticketKeys } from './api.ts';

const COLORS = { opened: 'orange', solved: 'green', reopened: 'red', closed: 'gray' } as const;

/**
 * A customer's ticket events as timeline entries (opened, solved, reopened, closed), to be merged
 * with the activities by time. The server answers only tickets the user may see; agents, who see
 * no customer pages, do not ask. The CSAT rating is on the timeline already as a survey activity.
 */
export function useTicketTimeline(
  customerId: string,
): { at: string; color: string; children: ReactNode }[] {
  const { t, i18n } = useTranslation();
  const names = useNameOf();
  const { user } = useSession();
  const q = useQuery({
    queryKey: ticketKeys.events(customerId),
    enabled: user.role !== 'agent',
    queryFn: () =>
      unwrap(client.GET('/tickets/events', { params: { query: { customerId, limit: 50 } } })),
  });
  return (q.data?.items ?? []).map((e) => ({
    at: e.at,
    color: COLORS[e.kind],
    children: (
      <div data-testid="ticket-event">
        <Space wrap>
          <Tag color={COLORS[e.kind]}>{t(`tickets.events.${e.kind}`)}</Tag>
          <Typography.Text type="secondary">
            {formatDateTime(e.at, i18n.language)}
            {e.byUserId ? ` · ${names.user(e.byUserId)}` : ''}
          </Typography.Text>
        </Space>
        <div style={{ overflowWrap: 'anywhere' }}>
          <Link to={`/tickets/${e.ticketId}`}>
            {e.number} · {e.subject}
          </Link>
          {e.kind === 'opened' && (
            <Typography.Text type="secondary">
              {' '}
              ({t(`tickets.channels.${e.channel}`)})
            </Typography.Text>
          )}
        </div>
      </div>
    ),
  }));
}
