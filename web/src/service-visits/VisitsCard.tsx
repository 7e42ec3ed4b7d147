import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { fetchVisits, type Visit } from './api.ts';
import { OutcomeModal } from './OutcomeModal.tsx';
import { VisitItem } from './VisitItem.tsx';

/**
 * Today's follow-up visits (回访) beside the inbox: missed ones first (their day has passed where
 * the customer is), then those coming, each with the button that records its outcome. Reps see
 * their own; managers and admins may switch to everything they can see. With nothing to do the
 * card is not shown.
 */
export function VisitsCard() {
  const { t } = useTranslation();
  const { user } = useSession();
  const phone = useIsPhone();
  const widest = user.role === 'rep' ? 'mine' : 'all';
  const [scope, setScope] = useState<'mine' | 'all'>(widest);
  const [recording, setRecording] = useState<Visit | null>(null);
  const query = { state: 'open' as const, scope, limit: 50 };
  // Service agents see no customers, so no visits (the API answers them 403).
  const agent = user.role === 'agent';
  const q = useQuery({
    queryKey: qk.visits.list(query),
    queryFn: () => fetchVisits(query),
    enabled: !agent,
  });
  const items = q.data?.items ?? [];
  // Missed first, then by date: the list comes by date already.
  const sorted = [
    ...items.filter((v) => v.state === 'overdue'),
    ...items.filter((v) => v.state !== 'overdue'),
  ];
  // Nothing to do in the widest view (no rules, or all recorded): Today stays short.
  if (agent || (q.isSuccess && !items.length && scope === widest)) return null;
  return (
    <Card
      title={t('visits.card.title')}
      loading={q.isPending}
      data-testid="visits-card"
      extra={
        user.role !== 'rep' ? (
          <Segmented<'mine' | 'all'>
            size="small"
            value={scope}
            onChange={setScope}
            options={[
              { value: 'mine', label: t('visits.card.mine') },
              { value: 'all', label: t('visits.card.all') },
            ]}
          />
        ) : (
          !phone && <Typography.Text type="secondary">{t('visits.card.hint')}</Typography.Text>
        )
      }
    >
      <List
        dataSource={sorted}
        pagination={sorted.length > 8 ? { pageSize: 8, size: 'small' } : false}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.card.none')} />
          ),
        }}
        renderItem={(v) => <VisitItem visit={v} showCustomer onRecord={setRecording} />}
      />
      {recording && <OutcomeModal visit={recording} onClose={() => setRecording(null)} />}
    </Card>
  );
}
