import { Card, Empty, Flex, List, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../lib/format.ts';
import { usePlannings } from './api.ts';
import { ClosedDifferences, DayCell, StallWarnings, hoursOf } from './planning-bits.tsx';

export const DAY_OPTIONS = [14, 28, 56, 90];

/** One office over the next weeks: each day open or why closed, shared hours, who is away. */
export function OfficePlanningCard({ officeId }: { officeId: string }) {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState(28);
  const [from, setFrom] = useState<string | undefined>();
  const [plan] = usePlannings([officeId], from, days, i18n.language);
  const data = plan?.data;
  return (
    <Flex vertical gap={12} data-testid="office-planning">
      <Space wrap>
        <input
          type="date"
          aria-label={t('offices.planning.from')}
          value={from ?? data?.from ?? ''}
          onChange={(e) => setFrom(e.target.value || undefined)}
          data-testid="planning-from"
        />
        <Select
          value={days}
          onChange={setDays}
          options={DAY_OPTIONS.map((d) => ({
            value: d,
            label: t('offices.planning.days', { days: d }),
          }))}
        />
      </Space>
      {!data ? (
        <Spin />
      ) : (
        <>
          <Typography.Text type="secondary">
            {t('offices.planning.hq', {
              country: data.hq.country,
              zone: data.hq.timeZone,
              start: data.hq.hours.start,
              end: data.hq.hours.end,
            })}
          </Typography.Text>
          <StallWarnings plan={data} />
          <Card size="small" title={t('offices.planning.differences')}>
            <ClosedDifferences plan={data} />
          </Card>
          <Card size="small" title={t('offices.planning.daysTitle')}>
            <List
              dataSource={data.days}
              locale={{ emptyText: <Empty /> }}
              renderItem={(d) => (
                <List.Item data-testid="planning-day">
                  <Flex wrap gap={8} style={{ width: '100%' }} justify="space-between">
                    <Space direction="vertical" size={0} style={{ minWidth: 120 }}>
                      <Typography.Text strong>{formatDay(d.date, i18n.language)}</Typography.Text>
                      {!d.hqOpen && <Tag color="volcano">{t('offices.planning.hqClosed')}</Tag>}
                      {d.officeOpen && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('offices.planning.working', {
                            working: d.working,
                            headcount: data.headcount,
                          })}
                        </Typography.Text>
                      )}
                    </Space>
                    <DayCell day={d} />
                    <Space direction="vertical" size={0}>
                      {d.windows.map((w) => (
                        <Typography.Text key={w.startUtc} style={{ fontSize: 12 }}>
                          {t('offices.planning.window', {
                            hq: `${w.hq.start}–${w.hq.end}`,
                            office: `${w.office.start}–${w.office.end}`,
                            hours: hoursOf(w.minutes),
                          })}
                        </Typography.Text>
                      ))}
                    </Space>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
