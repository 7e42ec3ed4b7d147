import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { StakeholderItem } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { countryOptions, flag } from '../lib/countries.ts';
import { StakeholderForm } from './StakeholderForm.tsx';
import { StakeholderMap } from './StakeholderMap.tsx';

export type Stakeholder = StakeholderItem;

const TREND = { up: '↑', down: '↓', none: '' } as const;
const ENGAGEMENT_COLOR = {
  manage_closely: 'volcano',
  keep_satisfied: 'green',
  keep_informed: 'blue',
  monitor: 'default',
} as const;

/**
 * Stakeholders of one market: the influence × stance map and the list, with who owns each
 * relationship. Managers and admins add stakeholders; the owner and admins edit them.
 */
export function StakeholdersPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const country = params.get('country') ?? undefined;
  const [editing, setEditing] = useState<Stakeholder | 'new' | null>(null);
  const list = useQuery({
    queryKey: qk.stakeholders(country),
    queryFn: () =>
      unwrap(client.GET('/stakeholders', { params: { query: country ? { country } : {} } })),
  });
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const items = list.data?.items ?? [];
  const stance = (s: Stakeholder) => (
    <Tag>
      {t(`stakeholders.stances.${s.stance}`)} {TREND[s.stanceTrend]}
    </Tag>
  );
  const engagement = (s: Stakeholder) => (
    <Tag color={ENGAGEMENT_COLOR[s.engagement]}>{t(`stakeholders.engagement.${s.engagement}`)}</Tag>
  );
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('stakeholders.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('stakeholders.allMarkets')}
            style={{ minWidth: 200 }}
            value={country}
            options={countries}
            onChange={(v?: string) => setParams(v ? { country: v } : {})}
            data-testid="stakeholders-country"
          />
          {user.role !== 'rep' && (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="stakeholder-new">
              {t('stakeholders.add')}
            </Button>
          )}
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('stakeholders.intro')}
      </Typography.Paragraph>
      {country && items.length > 0 && (
        <Card title={t('stakeholders.map.title', { country: `${flag(country)} ${country}` })}>
          <StakeholderMap items={items} />
        </Card>
      )}
      <Card loading={list.isLoading}>
        {items.length === 0 ? (
          <Empty description={t('stakeholders.empty')} />
        ) : phone ? (
          <List
            dataSource={items}
            renderItem={(s) => (
              <List.Item
                onClick={() => void navigate(`/stakeholders/${s.id}`)}
                data-testid="stakeholder-row"
              >
                <List.Item.Meta
                  title={`${flag(s.country)} ${s.name}`}
                  description={
                    <Space wrap size={4}>
                      <Tag>{t(`stakeholders.kinds.${s.kind}`)}</Tag>
                      <Tag>{t('stakeholders.influenceOf', { value: s.influence })}</Tag>
                      {stance(s)}
                      {engagement(s)}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Table
            rowKey="id"
            dataSource={items}
            pagination={false}
            scroll={{ x: 900 }}
            onRow={(s) => ({
              onClick: () => void navigate(`/stakeholders/${s.id}`),
              style: { cursor: 'pointer' },
              'data-testid': 'stakeholder-row',
            })}
            columns={[
              {
                title: t('stakeholders.fields.name'),
                render: (_, s) => (
                  <>
                    {flag(s.country)} {s.name}
                    {s.nativeName && (
                      <Typography.Text type="secondary"> · {s.nativeName}</Typography.Text>
                    )}
                  </>
                ),
              },
              {
                title: t('stakeholders.fields.kind'),
                render: (_, s) => t(`stakeholders.kinds.${s.kind}`),
              },
              { title: t('stakeholders.fields.influence'), dataIndex: 'influence', width: 90 },
              { title: t('stakeholders.fields.stance'), render: (_, s) => stance(s) },
              { title: t('stakeholders.fields.engagement'), render: (_, s) => engagement(s) },
              {
                title: t('stakeholders.fields.customers'),
                render: (_, s) =>
                  [
                    ...s.customers.map((c) => c.name),
                    ...(s.hiddenCustomers
                      ? [t('stakeholders.hiddenCustomers', { count: s.hiddenCustomers })]
                      : []),
                  ].join(', '),
              },
            ]}
          />
        )}
      </Card>
      {editing && (
        <StakeholderForm
          stakeholder={editing === 'new' ? null : editing}
          country={country}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
