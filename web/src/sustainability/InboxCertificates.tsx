import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResponseOf } from '../api/models.ts';

type Renewal = ResponseOf<'/inbox', 'get'>['certificates'][number];

/**
 * Certificates to renew in the inbox: from their reminder date on (counted in the home office's
 * calendar) or already expired, for their owner; admins also get those whose owner left. Each
 * opens its row on the sustainability page. Shown only when there is one.
 */
export function InboxCertificates(props: { items: Renewal[] }) {
  const { t } = useTranslation();
  if (!props.items.length) return null;
  return (
    <Card size="small" title={t('sustainability.inbox.title')} data-testid="inbox-certificates">
      <List
        size="small"
        dataSource={props.items}
        renderItem={(c) => (
          <List.Item data-testid="inbox-certificate">
            <span style={{ overflowWrap: 'anywhere' }}>
              <Tag color={c.state === 'expired' ? 'red' : 'orange'}>
                {t(`sustainability.states.${c.state}`)}
              </Tag>
              <Link to={`/sustainability?certificate=${c.id}`}>
                {c.standard} · {c.name}
              </Link>{' '}
              <Typography.Text type="secondary">
                {t(
                  c.state === 'expired'
                    ? 'sustainability.inbox.expired'
                    : 'sustainability.inbox.expires',
                  {
                    date: c.expiresOn,
                  },
                )}
                {c.ownerGone &&
                  ` · ${t('sustainability.inbox.ownerGone', { name: c.ownerName ?? '—' })}`}
              </Typography.Text>
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
