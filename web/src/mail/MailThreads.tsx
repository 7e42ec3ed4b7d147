import { Collapse, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MailMessage } from '../api/models.ts';
import { formatDateTime } from '../lib/format.ts';

/** Threads newest first; inside a thread, messages in the order they were written. */
export function threads(items: MailMessage[]): MailMessage[][] {
  const byThread = new Map<string, MailMessage[]>();
  for (const m of items) byThread.set(m.threadId, [...(byThread.get(m.threadId) ?? []), m]);
  return [...byThread.values()].map((ms) => ms.sort((a, b) => a.sentAt.localeCompare(b.sentAt)));
}

/** Mail threads as a collapse, each message marked in or out (the customer's, a deal's, a ticket's). */
export function ThreadList({ threads: all }: { threads: MailMessage[][] }) {
  const { t, i18n } = useTranslation();
  return (
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
        {m.outgoing?.status === 'scheduled' && (
          <Tag color="orange">{t('mail.timeline.scheduled')}</Tag>
        )}
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
