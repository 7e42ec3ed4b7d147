import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Input, Popconfirm, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { POOL_HOLDER_ID } from '../../../src/domain/pool/pool-holder.ts';
import { ApiError, client, unwrap } from '../api/client.ts';
import { usePoolSettings } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { translateFieldError } from '../lib/field-errors.ts';

/**
 * "Return to pool" on a customer's page, for stages the pool takes; a tag instead when the
 * customer is already there (only an admin sees a pooled customer's page). After returning it a
 * rep can no longer open the page, so they go back to the list.
 */
export function ReleaseButton(props: {
  customer: { id: string; stage: string; ownerId: string };
  phone: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const settings = usePoolSettings().data;
  const [note, setNote] = useState('');
  const c = props.customer;
  if (c.ownerId === POOL_HOLDER_ID) return <Tag color="orange">{t('pool.pooledTag')}</Tag>;
  if (!settings?.stages.includes(c.stage as (typeof settings.stages)[number])) return null;
  return (
    <Popconfirm
      title={t('pool.release')}
      description={
        <div style={{ maxWidth: 280 }}>
          <p>{t('pool.releaseConfirm')}</p>
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder={t('pool.releaseNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      }
      okText={t('pool.release')}
      cancelText={t('common.cancel')}
      onConfirm={async () => {
        try {
          await unwrap(
            client.POST('/customers/{id}/release', {
              params: { path: { id: c.id } },
              body: note.trim() ? { note: note.trim() } : {},
            }),
          );
          void message.success(t('pool.released'));
          void qc.invalidateQueries({ queryKey: qk.customers.all() });
          void qc.invalidateQueries({ queryKey: qk.pool.all() });
          void qc.invalidateQueries({ queryKey: qk.customer(c.id) });
          if (user.role !== 'admin') void navigate('/customers');
        } catch (err) {
          void message.error(
            err instanceof ApiError && err.errors[0]
              ? translateFieldError(err.errors[0], t)
              : String(err),
          );
        }
      }}
    >
      <Button icon={<InboxOutlined />} aria-label={t('pool.release')} data-testid="pool-release">
        {!props.phone && t('pool.release')}
      </Button>
    </Popconfirm>
  );
}
