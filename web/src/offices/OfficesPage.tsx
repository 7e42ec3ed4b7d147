import { CalendarOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { countryName, flag } from '../lib/countries.ts';
import { HandOverCard } from './HandOverCard.tsx';
import { OfficeFormModal } from './OfficeFormModal.tsx';
import { useOffices } from './api.ts';

/**
 * The offices abroad the caller manages or works in (admins: all), with the way to the planning
 * view across them, the meeting planner, and the follow-ups to hand over.
 */
export function OfficesPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const offices = useOffices();
  const [creating, setCreating] = useState(false);

  return (
    <Flex vertical gap={16} data-testid="offices-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('offices.title')}
        </Typography.Title>
        <Space wrap>
          <Link to="/offices/planning">
            <Button icon={<CalendarOutlined />} data-testid="offices-planning-link">
              {t('offices.planning.title')}
            </Button>
          </Link>
          <Link to="/offices/meetings">
            <Button icon={<TeamOutlined />} data-testid="offices-meetings-link">
              {t('offices.meeting.title')}
            </Button>
          </Link>
          {user.role === 'admin' && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="office-new"
            >
              {t('offices.new')}
            </Button>
          )}
        </Space>
      </Flex>
      <Typography.Text type="secondary">{t('offices.hint')}</Typography.Text>
      <Card size="small">
        <List
          loading={offices.isPending}
          dataSource={offices.data ?? []}
          locale={{ emptyText: <Empty description={t('offices.empty')} /> }}
          renderItem={(o) => (
            <List.Item data-testid="office-row">
              <List.Item.Meta
                title={
                  <Link to={`/offices/${o.id}`}>
                    {flag(o.country)} {o.name}
                  </Link>
                }
                description={
                  <Space wrap size={4}>
                    <span>
                      {o.city}, {countryName(o.country, i18n.language)}
                    </span>
                    <Tag>{o.timeZone}</Tag>
                    <Tag>
                      {o.hours.start}–{o.hours.end}
                    </Tag>
                    {o.markets.map((m) => (
                      <Tag key={m} color="blue">
                        {flag(m)} {m}
                      </Tag>
                    ))}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <HandOverCard />
      {creating && <OfficeFormModal office={null} onClose={() => setCreating(false)} />}
    </Flex>
  );
}
