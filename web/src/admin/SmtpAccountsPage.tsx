import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, List, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { SmtpAccount } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { SmtpAccountCard } from './SmtpAccountCard.tsx';
import { SmtpAccountFormModal } from './SmtpAccountFormModal.tsx';

/**
 * The workspace's SMTP accounts campaigns send through. Admins only, as the API's writes: a
 * manager reads the list only to pick an account in the campaign builder.
 */
export function SmtpAccountsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user.role !== 'admin') return <Result status="403" title={t('errors.forbidden')} />;
  return <SmtpAccountsManager />;
}

function SmtpAccountsManager() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<SmtpAccount | 'new' | null>(null);
  // Same key and shape as the campaign builder's picker, so a change here shows there at once.
  const list = useQuery({
    queryKey: qk.smtpAccounts(),
    queryFn: () => unwrap(client.GET('/smtp-accounts')).then((r) => r.items),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: qk.smtpAccounts() });
  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('smtpAccounts.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="smtp-account-add"
        >
          {t('smtpAccounts.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('smtpAccounts.hint')}
      </Typography.Paragraph>
      {list.isError && (
        <Alert
          type="error"
          showIcon
          title={t('smtpAccounts.loadFailed')}
          action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
        />
      )}
      <List
        loading={list.isPending}
        dataSource={list.data ?? []}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('smtpAccounts.empty')} /> }}
        renderItem={(a) => (
          <SmtpAccountCard account={a} onEdit={() => setEditing(a)} onChanged={refresh} />
        )}
      />
      {editing && (
        <SmtpAccountFormModal
          account={editing === 'new' ? null : editing}
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
