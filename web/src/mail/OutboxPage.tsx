import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Segmented,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { MailMessage } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { displayName } from '../lib/display-names.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { formatDateTime } from '../lib/format.ts';

const FILTERS = ['scheduled', 'sent', 'failed', 'cancelled', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const COLOR: Record<string, string> = {
  scheduled: 'blue',
  sending: 'processing',
  sent: 'green',
  failed: 'red',
  cancelled: 'default',
};

/** The user's own outgoing mail: scheduled (cancellable), sent, failed with why, cancelled. */
export function OutboxPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Filter>('scheduled');
  const list = useQuery({
    queryKey: qk.outbox(status),
    queryFn: () =>
      unwrap(client.GET('/messages', { params: { query: { status, limit: 200 } } })).then(
        (r) => r.items,
      ),
  });
  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('outbox.title')}
        </Typography.Title>
        <Link to="/profile/mailboxes">{t('outbox.compose.mailboxesLink')}</Link>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('outbox.hint')}
      </Typography.Paragraph>
      <div style={{ overflowX: 'auto' }}>
        <Segmented
          value={status}
          onChange={setStatus}
          options={FILTERS.map((f) => ({ value: f, label: t(`outbox.filter.${f}`) }))}
          data-testid="outbox-filter"
        />
      </div>
      {list.isPending ? (
        <Card loading />
      ) : list.data?.length ? (
        list.data.map((m) => <OutboxItem key={m.id} m={m} />)
      ) : (
        <Empty description={t('outbox.none')} />
      )}
    </Flex>
  );
}

function OutboxItem({ m }: { m: MailMessage }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { timeZone: mine } = useSession();
  const qc = useQueryClient();
  const o = m.outgoing;
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(client.POST('/messages/{id}/cancel', { params: { path: { id: m.id } } })),
    onSuccess: () => void message.success(t('outbox.cancelled')),
    onError: (err) =>
      void message.error(
        err instanceof ApiError && err.errors[0]
          ? translateFieldError(err.errors[0], t)
          : err.message,
      ),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['messages'] }),
  });
  if (!o) return null;
  const at = o.sentAt ?? o.plannedAt;
  const to = m.to[0];
  return (
    <Card size="small" data-testid="outbox-item">
      <Flex vertical gap={6}>
        <Space wrap size={[8, 4]}>
          <Tag color={COLOR[o.status]}>{t(`outbox.status.${o.status}`)}</Tag>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {m.subject}
          </Typography.Text>
        </Space>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {t('outbox.to', { name: to?.name ?? to?.address ?? '', customer: '' })}
          <Link to={`/customers/${m.customerId}`}>{m.customerName}</Link>
        </Typography.Text>
        {o.timeZone && (
          <Typography.Text data-testid="outbox-their-time">
            {t('outbox.theirTime', {
              time: formatDateTime(at, i18n.language, o.timeZone),
              zone: o.timeZone,
            })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" data-testid="outbox-your-time">
          {t('outbox.yourTime', { time: formatDateTime(at, i18n.language, mine) })}
        </Typography.Text>
        {o.language && (
          <Typography.Text type="secondary">
            {t('outbox.language', {
              language: displayName('language', o.language, i18n.language),
            })}
          </Typography.Text>
        )}
        {o.error && (
          <Alert
            type={o.status === 'failed' ? 'error' : 'warning'}
            showIcon
            title={t('outbox.attempts', {
              count: o.attempts,
              error: translateFieldError(
                {
                  path: '',
                  code: o.error.code,
                  message: o.error.detail,
                  params: { detail: o.error.detail },
                },
                t,
              ),
            })}
          />
        )}
        {o.status === 'scheduled' && (
          <Popconfirm title={t('outbox.cancelConfirm')} onConfirm={() => cancel.mutate()}>
            <Button
              size="small"
              loading={cancel.isPending}
              data-testid="outbox-cancel"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('outbox.cancel')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Card>
  );
}
