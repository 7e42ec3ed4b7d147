import { App, Alert, Button, Card, Empty, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { Mailbox } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { MailboxFoldersModal } from './MailboxFoldersModal.tsx';
import { MailboxFormModal } from './MailboxFormModal.tsx';

const STATUS_COLOR: Record<string, string> = {
  ok: 'green',
  error: 'red',
  syncing: 'blue',
  interrupted: 'orange',
  new: 'default',
};

/** The signed-in user's mailboxes: add, test, sync, see the last sync and its problem. */
export function MailboxesPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<Mailbox | 'new' | null>(null);
  const list = useQuery({
    queryKey: qk.mailboxes(),
    queryFn: () => unwrap(client.GET('/mailboxes')).then((r) => r.items),
    // While a sync runs its status changes on the server: look again every few seconds.
    refetchInterval: (q) => (q.state.data?.some((m) => m.status === 'syncing') ? 3000 : false),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: qk.mailboxes() });
  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Link to="/profile">← {t('profile.title')}</Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('mail.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')} data-testid="mailbox-add">
          {t('mail.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary">{t('mail.hint')}</Typography.Paragraph>
      <Link to="/outbox" data-testid="outbox-link">
        {t('outbox.link')}
      </Link>
      {list.data?.length === 0 && <Empty description={t('mail.none')} />}
      {(list.data ?? []).map((m) => (
        <MailboxCard key={m.id} mailbox={m} onEdit={() => setEditing(m)} onChanged={refresh} />
      ))}
      {editing && (
        <MailboxFormModal
          mailbox={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
    </Flex>
  );
}

function MailboxCard(props: { mailbox: Mailbox; onEdit: () => void; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'test' | 'sync' | null>(null);
  const [choosing, setChoosing] = useState(false);
  const m = props.mailbox;
  const path = { params: { path: { id: m.id } } };
  const say = (err: unknown) =>
    err instanceof ApiError && err.errors.length
      ? err.errors.map((e) => translateFieldError(e, t)).join('; ')
      : t('errors.generic');
  const run = async (what: 'test' | 'sync') => {
    setBusy(what);
    try {
      if (what === 'test') {
        const r = await unwrap(client.POST('/mailboxes/{id}/test', path));
        void message.success(
          `${t('mail.testOk', { folders: r.folders.join(', ') })}${r.smtp === 'ok' ? ` · ${t('mail.smtpOk')}` : ''}`,
        );
      } else {
        const r = await unwrap(client.POST('/mailboxes/{id}/sync', path));
        void message.info(r.jobId ? t('mail.syncQueued') : t('mail.syncAlready'));
      }
    } catch (err) {
      void message.error(say(err));
    } finally {
      setBusy(null);
      props.onChanged();
    }
  };
  return (
    <Card size="small" data-testid="mailbox-card">
      <Flex vertical gap={8}>
        <Space wrap>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {m.address}
          </Typography.Text>
          <Tag color={STATUS_COLOR[m.status] ?? 'default'} data-testid="mailbox-status">
            {t(`mail.statuses.${m.status}`, { defaultValue: m.status })}
          </Tag>
          <Tag>{t(`mail.sharing.${m.sharing}`)}</Tag>
        </Space>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          IMAP {m.imapHost}:{m.imapPort} · {t(`mail.tls.${m.imapTls}`)} · {m.imapUsername}
        </Typography.Text>
        {m.smtpHost && (
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            SMTP {m.smtpHost}:{m.smtpPort} · {m.smtpTls ? t(`mail.tls.${m.smtpTls}`) : ''}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {m.folders.length
            ? t('mail.folders.summary', { folders: m.folders.join(', ') })
            : t('mail.folders.summaryNone')}
        </Typography.Text>
        <Typography.Text type="secondary">
          {m.lastSyncAt
            ? t('mail.lastSync', {
                at: formatDateTime(m.lastSyncAt, i18n.language),
                stored: m.lastSyncStored,
                skipped: m.lastSyncSkipped,
              })
            : t('mail.neverSynced')}
        </Typography.Text>
        {m.lastError && (
          <Alert
            type="error"
            showIcon
            data-testid="mailbox-error"
            title={translateFieldError(
              {
                path: '',
                code: m.lastError.code,
                message: m.lastError.detail,
                params: { detail: m.lastError.detail },
              },
              t,
            )}
          />
        )}
        {m.smtpError && (
          <Alert
            type="error"
            showIcon
            data-testid="mailbox-smtp-error"
            title={`SMTP: ${translateFieldError(
              {
                path: '',
                code: m.smtpError.code,
                message: m.smtpError.detail,
                params: { detail: m.smtpError.detail },
              },
              t,
            )}`}
          />
        )}
        <Space wrap>
          <Button loading={busy === 'test'} onClick={() => void run('test')}>
            {t('mail.test')}
          </Button>
          <Button
            loading={busy === 'sync'}
            onClick={() => void run('sync')}
            data-testid="mailbox-sync"
          >
            {t('mail.sync')}
          </Button>
          <Button onClick={() => setChoosing(true)} data-testid="mailbox-folders-open">
            {t('mail.folders.choose')}
          </Button>
          <Button onClick={props.onEdit}>{t('common.edit')}</Button>
          <Popconfirm
            title={t('mail.deleteConfirm')}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            onConfirm={async () => {
              await unwrap(client.DELETE('/mailboxes/{id}', path));
              props.onChanged();
            }}
          >
            <Button danger>{t('common.delete')}</Button>
          </Popconfirm>
        </Space>
      </Flex>
      {choosing && (
        <MailboxFoldersModal
          mailbox={m}
          onClose={() => setChoosing(false)}
          onSaved={() => {
            setChoosing(false);
            void message.success(t('mail.folders.saved'));
            props.onChanged();
          }}
        />
      )}
    </Card>
  );
}
