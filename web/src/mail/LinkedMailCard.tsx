import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { ComposeModal } from './ComposeModal.tsx';
import { threads, ThreadList } from './MailThreads.tsx';

type About = { dealId: string; ticketId?: never } | { ticketId: string; dealId?: never };

/**
 * The mail written from a deal or a ticket (with the replies in those threads) and "Write email"
 * from it: the composer opens on the deal's or ticket's contact and fills its merge fields. Your
 * own messages still waiting to be sent are listed too.
 */
export function LinkedMailCard(props: {
  about: About;
  /** shown in the composer, e.g. "About deal: 500 pumps" */
  label: string;
  customerId: string;
  contactId?: string | undefined;
  /** false when the record is read only (a deleted customer) */
  canWrite?: boolean;
}) {
  const { t } = useTranslation();
  const [composing, setComposing] = useState(false);
  const query = props.about;
  const key = ['messages', query.dealId ? 'deal' : 'ticket', query.dealId ?? query.ticketId];
  const list = useQuery({
    queryKey: key,
    queryFn: async () => {
      const [mail, waiting] = await Promise.all([
        unwrap(client.GET('/messages', { params: { query: { ...query, limit: 200 } } })),
        unwrap(
          client.GET('/messages', {
            params: { query: { ...query, status: 'scheduled', limit: 200 } },
          }),
        ),
      ]);
      return [...mail.items, ...waiting.items];
    },
  });
  // The customer's name and zone for the composer (the shared cache of the customer page).
  const customer = useQuery({
    queryKey: qk.customer(props.customerId),
    enabled: composing,
    queryFn: () =>
      unwrap(client.GET('/customers/{id}', { params: { path: { id: props.customerId } } })),
  });
  const all = threads(list.data ?? []);
  return (
    <Card
      size="small"
      title={t('mail.timeline.title')}
      loading={list.isPending}
      data-testid="linked-mail"
      extra={
        props.canWrite !== false && (
          <Button size="small" onClick={() => setComposing(true)} data-testid="compose-open">
            {t('outbox.compose.open')}
          </Button>
        )
      }
    >
      {composing && customer.data && (
        <ComposeModal
          customerId={props.customerId}
          customerName={customer.data.name}
          timeZone={customer.data.timeZone}
          about={{ ...query, label: props.label }}
          contactId={props.contactId}
          onClose={() => setComposing(false)}
        />
      )}
      {all.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mail.linked.none')} />
      ) : (
        <ThreadList threads={all} />
      )}
    </Card>
  );
}
