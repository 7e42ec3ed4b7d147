import {
  DeleteOutlined,
  KeyOutlined,
  SendOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { WebhookEndpoint } from '../api/models.ts';
import { formatDateTime } from '../lib/format.ts';
import { WebhookDeliveries } from './WebhookDeliveries.tsx';

/** One endpoint: status (a system-disabled one says why, prominently), events and actions. */
export function WebhookCard(props: {
  hook: WebhookEndpoint;
  onChanged: () => void;
  onSecret: (secret: string) => void;
}) {
  const { hook } = props;
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [log, setLog] = useState(false);
  const path = { params: { path: { id: hook.id } } };
  const act = async (what: string, run: () => Promise<void>) => {
    setBusy(what);
    try {
      await run();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  const status = hook.enabled ? (
    <Tag color="green">{t('webhooks.enabled')}</Tag>
  ) : hook.disabledReason ? (
    <Tag color="red">{t('webhooks.disabled')}</Tag>
  ) : (
    <Tag>{t('webhooks.paused')}</Tag>
  );

  return (
    <Card
      style={{ marginBottom: 12 }}
      title={
        <Flex gap={8} align="center" style={{ minWidth: 0 }}>
          {status}
          <Typography.Text ellipsis={{ tooltip: hook.url }} style={{ minWidth: 0 }}>
            {hook.url}
          </Typography.Text>
        </Flex>
      }
      extra={
        <Switch
          checked={hook.enabled}
          loading={busy === 'toggle'}
          checkedChildren={t('webhooks.enable')}
          unCheckedChildren={t('webhooks.pause')}
          onChange={(enabled) =>
            void act('toggle', async () => {
              await unwrap(client.PATCH('/webhooks/{id}', { ...path, body: { enabled } }));
              props.onChanged();
            })
          }
        />
      }
    >
      <Flex vertical gap={10}>
        {hook.disabledReason && (
          <Alert
            type="error"
            showIcon
            message={t(`webhooks.disabledReasons.${hook.disabledReason}`)}
            description={
              <>
                {hook.disabledAt &&
                  t('webhooks.disabledAt', {
                    at: formatDateTime(hook.disabledAt, i18n.language),
                  })}{' '}
                {t('webhooks.reenableHint')}
              </>
            }
          />
        )}
        {hook.description && <Typography.Text>{hook.description}</Typography.Text>}
        <Flex wrap gap={4}>
          {hook.eventTypes.map((e) => (
            <Tag key={e}>{t(`webhooks.eventTypes.${e}`)}</Tag>
          ))}
        </Flex>
        {hook.failureCount > 0 && (
          <Typography.Text type="warning">
            {t('webhooks.failures', { count: hook.failureCount })}
          </Typography.Text>
        )}
        {hook.previousSecretExpiresAt && Date.parse(hook.previousSecretExpiresAt) > Date.now() && (
          <Typography.Text type="secondary">
            {t('webhooks.rotationUntil', {
              at: formatDateTime(hook.previousSecretExpiresAt, i18n.language),
            })}
          </Typography.Text>
        )}
        <Flex wrap gap={8}>
          <Button
            icon={<SendOutlined />}
            loading={busy === 'test'}
            onClick={() =>
              void act('test', async () => {
                const d = await unwrap(client.POST('/webhooks/{id}/test', path));
                if (d.status === 'succeeded')
                  void message.success(t('webhooks.testSent', { status: d.responseStatus }));
                else
                  void message.error(
                    t('webhooks.testFailed', { error: d.error ?? d.responseStatus ?? '' }),
                  );
                setLog(true);
              })
            }
          >
            {t('webhooks.test')}
          </Button>
          <Button icon={<UnorderedListOutlined />} onClick={() => setLog(true)}>
            {t('webhooks.deliveries')}
          </Button>
          <Popconfirm
            title={t('webhooks.rotateConfirm')}
            onConfirm={() =>
              act('rotate', async () => {
                const r = await unwrap(client.POST('/webhooks/{id}/rotate-secret', path));
                props.onSecret(r.secret);
                props.onChanged();
              })
            }
          >
            <Button icon={<KeyOutlined />} loading={busy === 'rotate'}>
              {t('webhooks.rotate')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('webhooks.deleteConfirm')}
            onConfirm={() =>
              act('delete', async () => {
                await unwrap(client.DELETE('/webhooks/{id}', path));
                props.onChanged();
              })
            }
          >
            <Button danger icon={<DeleteOutlined />} loading={busy === 'delete'}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      </Flex>
      {log && <WebhookDeliveries hook={hook} onClose={() => setLog(false)} />}
    </Card>
  );
}
