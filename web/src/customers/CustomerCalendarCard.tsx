import { CalendarOutlined, ClockCircleOutlined, GlobalOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { Customer, DayReason } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { PlaybookView } from '../countries/PlaybookView.tsx';
import { formatDay } from '../lib/format.ts';
import { zoneLabel } from '../lib/time-zone.ts';
import { useContactWindows } from './useContactWindows.ts';

function reasonLabel(r: DayReason, t: (k: string, o?: Record<string, string>) => string): string {
  switch (r.kind) {
    case 'weekend':
      return t('calendar.reasonWeekend');
    case 'holiday':
      return r.name === r.localName ? r.name : `${r.name} (${r.localName})`;
    case 'workspace-holiday':
      return `${r.name} · ${t('calendar.ourHoliday')}`;
    case 'workspace-working-day':
      return `${r.name} · ${t('calendar.makeUpDay')}`;
    case 'business-week':
      return t('accuracy.worksUntil', { time: r.until });
    case 'correction':
      // A corrected day names its official source, as the issue asks ("… — Law No. 2136-IX").
      return `${r.name} · ${r.source.short}`;
  }
}

/** Whether the customer is at work today and why not, when both sides overlap, and how to talk to them. */
export function CustomerCalendarCard({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const { workspace } = useSession();
  const windows = useContactWindows(customer);
  const compare = useQuery({
    queryKey: qk.compare.pair(workspace.homeCountry, customer.country),
    queryFn: () =>
      unwrap(
        client.GET('/countries/compare', {
          params: { query: { a: workspace.homeCountry, b: customer.country } },
        }),
      ),
  });
  const day = (date: string) => formatDay(date, i18n.language);
  const w = windows.data;
  const noZone = windows.noZone;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <Card
        size="small"
        title={
          <>
            <CalendarOutlined /> {t('calendar.todayThere')}
          </>
        }
        loading={windows.isPending && !noZone}
      >
        {noZone ? (
          <Typography.Text type="secondary">{t('calendar.noZone')}</Typography.Text>
        ) : w ? (
          <Space orientation="vertical" size={6}>
            <Space wrap>
              <Typography.Text strong>{day(w.today.date)}</Typography.Text>
              {w.customer.regionName && (
                // The calendar is this region's: its own holidays count (Scotland, Bavaria).
                <Tag data-testid="calendar-region">{w.customer.regionName}</Tag>
              )}
              {w.today.working ? (
                <Tag color="green" data-testid="today-status">
                  {t('calendar.workingDay')}
                </Tag>
              ) : (
                <Tag color="red" data-testid="today-status">
                  {w.today.reasons.some(
                    (r) => r.kind === 'holiday' || r.kind === 'workspace-holiday',
                  )
                    ? t('calendar.holiday')
                    : t('calendar.weekend')}
                </Tag>
              )}
            </Space>
            {w.today.reasons.length > 0 && (
              <Typography.Text type="secondary">
                {w.today.reasons.map((r) => reasonLabel(r, t)).join(' · ')}
              </Typography.Text>
            )}
            {w.slowSeason && (
              <Alert
                type="warning"
                showIcon
                title={t('calendar.slowSeasonNow', { season: t(`seasons.${w.slowSeason.kind}`) })}
              />
            )}
          </Space>
        ) : null}
      </Card>
      <Card
        size="small"
        title={
          <>
            <ClockCircleOutlined /> {t('calendar.windows')}
          </>
        }
        loading={windows.isPending && !noZone}
      >
        {w && (
          <>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('calendar.windowsHint', { homeZone: zoneLabel(w.home.timeZone, i18n.language) })}
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={w.days}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
              renderItem={(d) => (
                <List.Item data-testid="contact-window">
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>{day(d.date)}</Typography.Text>
                    {d.windows.length === 0 ? (
                      <Typography.Text type="secondary">{t('calendar.noOverlap')}</Typography.Text>
                    ) : (
                      d.windows.map((x) => (
                        <Typography.Text key={x.startUtc}>
                          {t('calendar.them')} {x.customer.start}–{x.customer.end} ·{' '}
                          {t('calendar.you')} {x.home.start}–{x.home.end}
                          {x.home.date !== x.customer.date ? ` (${day(x.home.date)})` : ''}
                        </Typography.Text>
                      ))
                    )}
                  </Space>
                </List.Item>
              )}
            />
          </>
        )}
      </Card>
      <Card
        size="small"
        title={
          <>
            <GlobalOutlined /> {t('playbook.summary')}
          </>
        }
        extra={
          <Link to={`/countries/${customer.country}`}>
            <Button type="link" size="small">
              {t('playbook.more')}
            </Button>
          </Link>
        }
      >
        {compare.data ? (
          <PlaybookView playbook={compare.data.playbook} limit={3} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )}
      </Card>
    </Space>
  );
}
