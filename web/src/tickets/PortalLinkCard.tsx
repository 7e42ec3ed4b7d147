import { CopyOutlined, DeleteOutlined, LinkOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { formatDateTime } from '../lib/format.ts';
import { ticketKeys } from './api.ts';

const linkKey = (id: string) => [...ticketKeys.one(id), 'portal-link'] as const;

/**
 * The ticket's customer link: create (or replace) it and copy it while it is shown, once; revoke
 * it. The server keeps only a hash, so a link lost is replaced, never shown again.
 */
export function PortalLinkCard({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [shown, setShown] = useState<string | null>(null);
  const path = { params: { path: { id: ticketId } } };
  const status = useQuery({
    queryKey: linkKey(ticketId),
    queryFn: () => unwrap(client.GET('/tickets/{id}/portal-link', path)),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: linkKey(ticketId) });
  const create = useMutation({
    mutationFn: () => unwrap(client.POST('/tickets/{id}/portal-link', path)),
    onSuccess: (out) => {
      setShown(`${window.location.origin}${out.url}`);
      refresh();
    },
    onError: (err) => void message.error(err.message),
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(client.DELETE('/tickets/{id}/portal-link', path)),
    onSuccess: () => {
      setShown(null);
      void message.success(t('portalLink.revoked'));
      refresh();
    },
    onError: (err) => void message.error(err.message),
  });
  const copy = (text: string) =>
    void navigator.clipboard
      .writeText(text)
      .then(() => message.success(t('portalLink.copied')))
      .catch(() => undefined);
  const active = status.data?.active ?? false;

  return (
    <Card size="small" title={t('portalLink.title')} loading={status.isPending}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('portalLink.hint')}</Typography.Text>
        {shown ? (
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('portalLink.once')}</Typography.Text>
            <Flex gap={8}>
              <Input readOnly value={shown} data-testid="portal-link-url" />
              <Button icon={<CopyOutlined />} onClick={() => copy(shown)}>
                {t('portalLink.copy')}
              </Button>
            </Flex>
          </Flex>
        ) : (
          <Typography.Text>
            {active
              ? t('portalLink.active', {
                  date: formatDateTime(status.data?.createdAt ?? '', i18n.language),
                })
              : t('portalLink.none')}
          </Typography.Text>
        )}
        <Flex gap={8} wrap>
          {active ? (
            <Popconfirm title={t('portalLink.rotateConfirm')} onConfirm={() => create.mutate()}>
              <Button icon={<ReloadOutlined />} loading={create.isPending}>
                {t('portalLink.rotate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button
              type="primary"
              icon={<LinkOutlined />}
              loading={create.isPending}
              onClick={() => create.mutate()}
              data-testid="portal-link-create"
            >
              {t('portalLink.create')}
            </Button>
          )}
          {active && (
            <Popconfirm title={t('portalLink.revokeConfirm')} onConfirm={() => revoke.mutate()}>
              <Button danger icon={<DeleteOutlined />} loading={revoke.isPending}>
                {t('portalLink.revoke')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
