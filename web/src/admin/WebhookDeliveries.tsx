import { RedoOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Collapse,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Grid,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { WebhookDelivery, WebhookEndpoint } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { formatDateTime } from '../lib/format.ts';

const STATUS_COLOR = { pending: 'gold', succeeded: 'green', failed: 'red' } as const;

const pre = {
  margin: 0,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  maxHeight: 240,
  overflow: 'auto',
} as const;

/** Pretty JSON when the text is JSON, else the text. */
function readable(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** An endpoint's delivery log, newest first: request, response, and a redeliver button. */
export function WebhookDeliveries(props: { hook: WebhookEndpoint; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [busy, setBusy] = useState<string | null>(null);
  const key = qk.webhookDeliveries(props.hook.id);
  const log = useInfiniteQuery({
    queryKey: key,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/webhooks/{id}/deliveries', {
          params: { path: { id: props.hook.id }, query: { cursor: pageParam, limit: 50 } },
        }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = useMemo(() => log.data?.pages.flatMap((p) => p.items) ?? [], [log.data]);

  const redeliver = async (d: WebhookDelivery) => {
    setBusy(d.id);
    try {
      const r = await unwrap(
        client.POST('/webhook-deliveries/{id}/redeliver', { params: { path: { id: d.id } } }),
      );
      void message.info(t('webhooks.redelivered', { status: t(`webhooks.status.${r.status}`) }));
      await qc.invalidateQueries({ queryKey: key });
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Drawer
      open
      onClose={props.onClose}
      title={
        <Flex vertical style={{ minWidth: 0 }}>
          {t('webhooks.deliveries')}
          <Typography.Text
            type="secondary"
            ellipsis={{ tooltip: props.hook.url }}
            style={{ maxWidth: screens.md ? 600 : 'calc(100vw - 90px)' }}
          >
            {props.hook.url}
          </Typography.Text>
        </Flex>
      }
      width={screens.md ? 720 : '100%'}
    >
      {log.isPending ? (
        <Flex justify="center">
          <Spin />
        </Flex>
      ) : !rows.length ? (
        <Empty description={t('webhooks.deliveriesEmpty')} />
      ) : (
        <Flex vertical gap={12}>
          <Collapse
            items={rows.map((d) => ({
              key: d.id,
              label: (
                <Flex wrap gap={8} align="center">
                  <Tag color={STATUS_COLOR[d.status]}>{t(`webhooks.status.${d.status}`)}</Tag>
                  <Typography.Text>
                    {t(`webhooks.eventTypes.${d.eventType}`, { defaultValue: d.eventType })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDateTime(d.createdAt, i18n.language)}
                  </Typography.Text>
                  {d.responseStatus !== null && <Tag>{d.responseStatus}</Tag>}
                </Flex>
              ),
              children: (
                <Flex vertical gap={12}>
                  <Descriptions size="small" column={1} bordered>
                    <Descriptions.Item label="webhook-id">{d.eventId}</Descriptions.Item>
                    <Descriptions.Item label={t('webhooks.attempts')}>
                      {d.attempts}
                    </Descriptions.Item>
                    {d.durationMs !== null && (
                      <Descriptions.Item label={t('webhooks.response')}>
                        {d.responseStatus ?? t('webhooks.noResponse')} ·{' '}
                        {t('webhooks.duration', { ms: d.durationMs })}
                      </Descriptions.Item>
                    )}
                    {d.nextAttemptAt && d.status === 'pending' && (
                      <Descriptions.Item label={t('webhooks.nextAttempt')}>
                        {formatDateTime(d.nextAttemptAt, i18n.language)}
                      </Descriptions.Item>
                    )}
                    {d.error && (
                      <Descriptions.Item label={t('webhooks.error')}>
                        <Typography.Text type="danger">{d.error}</Typography.Text>
                      </Descriptions.Item>
                    )}
                  </Descriptions>
                  <Typography.Text strong>{t('webhooks.request')}</Typography.Text>
                  <pre style={pre}>
                    {d.requestHeaders
                      ? Object.entries(d.requestHeaders)
                          .map(([k, v]) => `${k}: ${v}`)
                          .join('\n') + '\n\n'
                      : ''}
                    {readable(d.requestBody)}
                  </pre>
                  {d.responseBody !== null && (
                    <>
                      <Typography.Text strong>{t('webhooks.response')}</Typography.Text>
                      <pre style={pre}>{d.responseBody}</pre>
                    </>
                  )}
                  {d.status !== 'pending' && (
                    <Button
                      icon={<RedoOutlined />}
                      loading={busy === d.id}
                      disabled={!props.hook.enabled && d.eventType !== 'webhook.test'}
                      onClick={() => void redeliver(d)}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {t('webhooks.redeliver')}
                    </Button>
                  )}
                </Flex>
              ),
            }))}
          />
          {log.hasNextPage && (
            <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t('webhooks.loadMore')}
            </Button>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
