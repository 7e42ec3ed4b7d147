import { CalendarOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { flag } from '../lib/countries.ts';
import { InboxCard } from '../relationship/InboxCard.tsx';
import { NextActionsCard } from '../insight/NextActionsCard.tsx';
import { AtRiskCard } from '../risk/AtRiskCard.tsx';
import { GreetingsCard } from '../greetings/GreetingsCard.tsx';
import { VisitsCard } from '../service-visits/VisitsCard.tsx';
import { EscalationNoticesCard } from '../tickets/EscalationNoticesCard.tsx';

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const phone = useIsPhone();
  const upcoming = useQuery({
    queryKey: qk.upcomingHolidays(i18n.language),
    queryFn: () =>
      unwrap(
        client.GET('/dashboard/upcoming-holidays', {
          params: { query: { days: 14, lang: zh ? 'zh' : 'en' } },
        }),
      ),
  });
  const weekday = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      <NextActionsCard />
      <AtRiskCard />
      <EscalationNoticesCard />
      <InboxCard />
      <VisitsCard />
      <GreetingsCard />
      <Card
        title={
          <>
            <CalendarOutlined /> {t('dashboard.upcoming')}
          </>
        }
        // On a phone the hint has no room beside the title; it opens the card instead.
        extra={
          !phone && (
            <Typography.Text type="secondary">{t('dashboard.upcomingHint')}</Typography.Text>
          )
        }
      >
        {phone && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('dashboard.upcomingHint')}
          </Typography.Paragraph>
        )}
        {upcoming.isPending ? (
          <Skeleton active />
        ) : (
          <List
            dataSource={upcoming.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('dashboard.none')} /> }}
            renderItem={(h) => (
              <List.Item data-testid="upcoming-holiday">
                <List.Item.Meta
                  avatar={
                    <Tag
                      color={h.date === upcoming.data?.from ? 'red' : 'blue'}
                      style={{ minWidth: phone ? 0 : 110, textAlign: 'center' }}
                    >
                      {h.date === upcoming.data?.from
                        ? t('dashboard.today')
                        : weekday.format(new Date(`${h.date}T00:00:00Z`))}
                    </Tag>
                  }
                  title={
                    <span>
                      {flag(h.country)}{' '}
                      <Link to={`/countries/${h.country}`}>
                        {zh ? h.countryName.zh : h.countryName.en}
                      </Link>{' '}
                      · {h.name}
                      {h.localName !== h.name ? (
                        <Typography.Text type="secondary"> ({h.localName})</Typography.Text>
                      ) : null}
                      {h.source === 'workspace' ? (
                        <Tag color="purple" style={{ marginLeft: 8 }}>
                          {t('dashboard.ourCalendar')}
                        </Tag>
                      ) : null}
                    </span>
                  }
                  description={`${h.regionNames.length ? `${h.regionNames.join(zh ? '、' : ', ')} · ` : ''}${t('dashboard.customers', { count: h.customers })}`}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
