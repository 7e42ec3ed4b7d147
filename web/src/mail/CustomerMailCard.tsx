import { Button, Card, Empty, Select } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { ComposeModal } from './ComposeModal.tsx';
import { threads, ThreadList } from './MailThreads.tsx';

/** The customer's mail as threads, each message marked in or out, and the composer. */
export function CustomerMailCard({
  customerId,
  customer,
}: {
  customerId: string;
  /** given when the user may write to the customer (not for a deleted one) */
  customer?: { name: string; timeZone: string | null };
}) {
  const { t } = useTranslation();
  const [composing, setComposing] = useState(false);
  const list = useQuery({
    queryKey: qk.messages(customerId),
    queryFn: () =>
      unwrap(client.GET('/messages', { params: { query: { customerId, limit: 200 } } })).then(
        (r) => r.items,
      ),
  });
  // The same query as the contacts card (shared cache): names for the contact filter.
  const contacts = useQuery({
    queryKey: qk.contacts(customerId),
    queryFn: () =>
      unwrap(client.GET('/customers/{id}/contacts', { params: { path: { id: customerId } } })).then(
        (r) => r.items,
      ),
  });
  // One contact's timeline: the threads in which that contact wrote or was written to.
  const [contactId, setContactId] = useState<string | null>(null);
  const inMail = new Set((list.data ?? []).map((m) => m.contactId).filter(Boolean));
  const contactOptions = (contacts.data ?? [])
    .filter((c) => inMail.has(c.id))
    .map((c) => ({
      value: c.id,
      label: [c.firstName, c.lastName].filter(Boolean).join(' ') || c.emails[0] || c.id,
    }));
  const all = threads(list.data ?? []).filter(
    (ms) => !contactId || ms.some((m) => m.contactId === contactId),
  );
  return (
    <Card
      title={t('mail.timeline.title')}
      // Shown once both are in: the contact filter arriving after the threads pushed them down
      // under the pointer, and a click meant for a thread landed on nothing.
      loading={list.isPending || contacts.isPending}
      data-testid="customer-mail"
      extra={
        customer && (
          <Button size="small" onClick={() => setComposing(true)} data-testid="compose-open">
            {t('outbox.compose.open')}
          </Button>
        )
      }
    >
      {composing && customer && (
        <ComposeModal
          customerId={customerId}
          customerName={customer.name}
          timeZone={customer.timeZone}
          onClose={() => setComposing(false)}
        />
      )}
      {contactOptions.length > 0 && (
        <Select
          size="small"
          allowClear
          value={contactId}
          onChange={(v: string | undefined) => setContactId(v ?? null)}
          placeholder={t('mail.timeline.allContacts')}
          options={contactOptions}
          style={{ width: '100%', maxWidth: 280, marginBottom: 12 }}
          data-testid="mail-contact-filter"
        />
      )}
      {all.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mail.timeline.none')} />
      ) : (
        <ThreadList threads={all} />
      )}
    </Card>
  );
}
