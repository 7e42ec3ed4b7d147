import { EditOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { countryName, flag } from '../lib/countries.ts';
import { HandOverCard } from './HandOverCard.tsx';
import { LeaveCard } from './LeaveCard.tsx';
import { OccasionsCard } from './OccasionsCard.tsx';
import { OfficeFormModal } from './OfficeFormModal.tsx';
import { OfficePlanningCard } from './OfficePlanningCard.tsx';
import { PeopleCard } from './PeopleCard.tsx';
import { PlaybookCard } from './PlaybookCard.tsx';
import { useOffice } from './api.ts';

/** One office: its team and their leave, its planning next to headquarters, leading it, its occasions. */
export function OfficePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const office = useOffice(id);
  const [editing, setEditing] = useState(false);
  if (office.isPending) return <Spin style={{ display: 'block', marginTop: '20vh' }} />;
  if (!office.data)
    return (
      <Result
        status="404"
        title={t('offices.notFound')}
        extra={<Link to="/offices">{t('offices.title')}</Link>}
      />
    );
  const o = office.data;
  return (
    <Flex vertical gap={16} data-testid="office-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Space direction="vertical" size={0}>
          <Link to="/offices">← {t('offices.title')}</Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {flag(o.country)} {o.name}
          </Typography.Title>
          <Space wrap size={4}>
            <span>
              {o.city}, {countryName(o.country, i18n.language)}
            </span>
            <Tag>{o.timeZone}</Tag>
            <Tag>
              {o.hours.start}–{o.hours.end}
            </Tag>
            {o.ramadanHoursLess > 0 && (
              <Tag color="purple">{t('offices.ramadanLess', { hours: o.ramadanHoursLess })}</Tag>
            )}
          </Space>
        </Space>
        {o.canManage && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Flex>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'team',
            label: t('offices.tabs.team'),
            children: (
              <Flex vertical gap={16}>
                <PeopleCard office={o} />
                <LeaveCard office={o} />
              </Flex>
            ),
          },
          {
            key: 'planning',
            label: t('offices.tabs.planning'),
            children: <OfficePlanningCard officeId={o.id} />,
          },
          {
            key: 'playbook',
            label: t('offices.tabs.playbook'),
            children: <PlaybookCard officeId={o.id} />,
          },
          {
            key: 'occasions',
            label: t('offices.tabs.occasions'),
            children: <OccasionsCard office={o} />,
          },
          {
            key: 'hand-overs',
            label: t('offices.tabs.handOvers'),
            children: <HandOverCard officeId={o.id} />,
          },
        ]}
      />
      {o.people.length === 0 && <Empty description={t('offices.people.empty')} />}
      {editing && <OfficeFormModal office={o} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
