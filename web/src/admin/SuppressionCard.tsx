import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  List,
  Popconfirm,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { formatDateTime } from '../lib/format.ts';

const PAGE = 50;

/** Addresses a hard bounce put on the suppression list: search, reason, date; admins remove. */
export function SuppressionCard({ admin }: { admin: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const key = ['bounced-addresses', q, offset];
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(
        client.GET('/bounced-addresses', {
          params: { query: { ...(q ? { q } : {}), limit: PAGE, offset } },
        }),
      ),
  });
  const remove = useMutation({
    mutationFn: (address: string) =>
      unwrap(client.DELETE('/bounced-addresses/{address}', { params: { path: { address } } })),
    onSuccess: (_, address) => {
      void qc.invalidateQueries({ queryKey: ['bounced-addresses'] });
      void message.success(t('delivery.suppression.removed', { address }));
    },
    onError: () => void message.error(t('delivery.suppression.removeFailed')),
  });
  return (
    <Card size="small" title={t('delivery.suppression.title')} data-testid="suppression">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('delivery.suppression.hint')}</Typography.Text>
        <Input.Search
          allowClear
          placeholder={t('delivery.suppression.search')}
          onSearch={(v) => {
            setQ(v.trim());
            setOffset(0);
          }}
          style={{ maxWidth: 360 }}
          data-testid="suppression-search"
        />
        {list.isError && (
          <Alert
            type="error"
            showIcon
            title={t('common.loadFailed')}
            action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
          />
        )}
        <List
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          rowKey="address"
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  q ? t('delivery.suppression.noMatch') : t('delivery.suppression.empty')
                }
              />
            ),
          }}
          renderItem={(b) => (
            <List.Item
              data-testid="suppression-item"
              actions={
                admin
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t('delivery.suppression.confirm', { address: b.address })}
                        okText={t('delivery.suppression.remove')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => remove.mutate(b.address)}
                      >
                        <Button size="small" danger data-testid="suppression-remove">
                          {t('delivery.suppression.remove')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {b.address}
                </Typography.Text>
                <span>
                  <Tag color="red">{b.status}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('delivery.suppression.bouncedAt', {
                      time: formatDateTime(b.bouncedAt, i18n.language),
                    })}
                    {b.campaignId && (
                      <>
                        {' · '}
                        <Link to={`/campaigns/${b.campaignId}`}>
                          {b.campaignName ?? t('delivery.suppression.campaign')}
                        </Link>
                      </>
                    )}
                  </Typography.Text>
                </span>
                {b.diagnostic && (
                  <Typography.Text
                    type="secondary"
                    style={{ fontSize: 12, overflowWrap: 'anywhere' }}
                    data-testid="suppression-reason"
                  >
                    {b.diagnostic}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
        {(offset > 0 || list.data?.hasMore) && (
          <Flex gap={8}>
            <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('delivery.suppression.previous')}
            </Button>
            <Button disabled={!list.data?.hasMore} onClick={() => setOffset(offset + PAGE)}>
              {t('delivery.suppression.next')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
