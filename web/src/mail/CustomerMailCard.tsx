import { Button, Card, Collapse, Empty, Flex, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { MailMessage } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { formatDateTime } from '../lib/format.ts';
import { ComposeModal } from './ComposeModal.tsx';

/** Threads newest first; inside a thread, messages in the order they were written. */
function threads(items: MailMessage[]): MailMessage[][] {
  const byThread = new Map<string, MailMessage[]>();
  for (const m of items) byThread.set(m.threadId, [...(byThread.get(m.threadId) ?? []), m]);
  return [...byThread.values()].map((ms) => ms.sort((a, b) => a.sentAt.localeCompare(b.sentAt)));
}

/** The customer's mail as threads, each message marked in or out, and the composer. */
export function CustomerMailCard({
  customerId,
  customer,
}: {
  customerId: string;
  /** given when the user may write to the customer (not for a deleted one) */
  customer?: { name: string; timeZone: string | null };
}) {
  const { t, i18n } = useTranslation();
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
      loading={list.isPending}
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
        <Collapse
          size="small"
          items={all.map((ms) => {
            const last = ms[ms.length - 1]!;
            return {
              key: last.threadId,
              label: (
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Typography.Text strong ellipsis>
                    {ms[0]!.subject || t('mail.timeline.noSubject')}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('mail.timeline.messages', { count: ms.length })} ·{' '}
                    {formatDateTime(last.sentAt, i18n.language)}
                  </Typography.Text>
                </Flex>
              ),
              children: (
                <Flex vertical gap={12}>
                  {ms.map((m) => (
                    <MessageView key={m.id} m={m} />
                  ))}
                </Flex>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}

function MessageView({ m }: { m: MailMessage }) {
  const { t, i18n } = useTranslation();
  const inbound = m.direction === 'inbound';
  return (
    <div data-testid="mail-message">
      <Space wrap size={[6, 2]}>
        <Tag color={inbound ? 'green' : 'blue'}>
          {inbound ? t('mail.timeline.inbound') : t('mail.timeline.outbound')}
        </Tag>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>
          {m.from.name ? `${m.from.name} <${m.from.address}>` : m.from.address}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          → {m.to.map((p) => p.address).join(', ')} · {formatDateTime(m.sentAt, i18n.language)}
        </Typography.Text>
      </Space>
      {m.suggestedContact && (
        <div>
          <Tag color="gold" data-testid="suggested-contact">
            {t('mail.timeline.suggested', { address: m.suggestedContact })}
          </Tag>
        </div>
      )}
      {m.access === 'metadata' ? (
        <Typography.Paragraph type="secondary" italic style={{ margin: '4px 0 0' }}>
          {t('mail.timeline.metadataOnly')}
        </Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '4px 0 0' }}
            ellipsis={{ rows: 6, expandable: true }}
          >
            {m.body}
          </Typography.Paragraph>
          {!!m.attachments?.length && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              📎 {t('mail.timeline.attachments', { count: m.attachments.length })}:{' '}
              {m.attachments.map((a) => a.filename ?? a.contentType).join(', ')}
            </Typography.Text>
          )}
        </>
      )}
    </div>
  );
}
