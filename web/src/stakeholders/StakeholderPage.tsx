import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useNameOf } from '../api/queries.ts';
import { flag } from '../lib/countries.ts';
import { StakeholderEngagement } from './StakeholderEngagement.tsx';
import { StakeholderForm } from './StakeholderForm.tsx';
import { StanceChart } from './StanceChart.tsx';

/** One stakeholder: its facts, its timeline of interactions and stance, its engagement plan. */
export function StakeholderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const name = useNameOf();
  const [editing, setEditing] = useState(false);
  const q = useQuery({
    queryKey: ['stakeholders', 'one', id],
    queryFn: () => unwrap(client.GET('/stakeholders/{id}', { params: { path: { id } } })),
  });
  if (q.isPending) return <Card loading />;
  if (!q.data) return <Empty description={q.error?.message} />;
  const s = q.data;
  return (
    <Flex vertical gap={16}>
      <Link to={`/stakeholders?country=${s.country}`}>
        <ArrowLeftOutlined /> {t('stakeholders.back')}
      </Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {flag(s.country)} {s.name}
        </Typography.Title>
        {s.canEdit && (
          <Button onClick={() => setEditing(true)} data-testid="stakeholder-edit">
            {t('common.edit')}
          </Button>
        )}
      </Flex>
      <Card>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          {s.nativeName && (
            <Descriptions.Item label={t('stakeholders.fields.nativeName')}>
              {s.nativeName}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('stakeholders.fields.kind')}>
            {t(`stakeholders.kinds.${s.kind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('stakeholders.fields.influence')}>
            {s.influence}
          </Descriptions.Item>
          <Descriptions.Item label={t('stakeholders.fields.stance')}>
            <Tag>{t(`stakeholders.stances.${s.stance}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('stakeholders.fields.engagement')}>
            {t(`stakeholders.engagement.${s.engagement}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('stakeholders.fields.owner')}>
            {name.user(s.ownerId)}
          </Descriptions.Item>
          <Descriptions.Item label={t('stakeholders.fields.customers')}>
            {[
              ...s.customers.map((c) => c.name),
              ...(s.hiddenCustomers
                ? [t('stakeholders.hiddenCustomers', { count: s.hiddenCustomers })]
                : []),
            ].join(', ') || '—'}
          </Descriptions.Item>
          {s.interests && (
            <Descriptions.Item label={t('stakeholders.fields.interests')}>
              {s.interests}
            </Descriptions.Item>
          )}
          {s.concerns && (
            <Descriptions.Item label={t('stakeholders.fields.concerns')}>
              {s.concerns}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('stakeholders.stanceChart.title')} size="small">
        <StanceChart history={s.stanceHistory} />
      </Card>
      <StakeholderEngagement stakeholder={s} />
      {editing && <StakeholderForm stakeholder={s} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
