import { Card, Empty, Flex, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { flag } from '../lib/countries.ts';
import { formatDay } from '../lib/format.ts';
import { DAY_OPTIONS } from './OfficePlanningCard.tsx';
import { useOverview, type OverviewPlan } from './api.ts';
import { ClosedDifferences, StallWarnings, hoursOf } from './planning-bits.tsx';

/** A compact grid cell: closed (red, why), or working people / headcount with people away. */
function Cell({ plan, index }: { plan: OverviewPlan; index: number }) {
  const { t } = useTranslation();
  const d = plan.days[index];
  if (!d) return null;
  if (!d.officeOpen)
    return (
      <Tag color="red" title={d.closedBecause.join(', ')} data-testid="grid-closed">
        {d.closedBecause[0] ?? t('offices.planning.closed')}
      </Tag>
    );
  return (
    <span title={d.away.map((n) => plan.away[n]?.name ?? '').join(', ')}>
      {d.working}/{plan.headcount}
      {d.away.length > 0 && (
        <Tag color="orange" style={{ marginInlineStart: 4 }} data-testid="grid-away">
          −{d.away.length}
        </Tag>
      )}
      {d.shortened && <Tag color="purple">{t(`offices.planning.shortened.${d.shortened}`)}</Tag>}
    </span>
  );
}

/**
 * Every visible office over the next weeks: who works each day, today's shared hours with
 * headquarters, the days one side is closed and the other is not, and stall-period warnings.
 */
export function PlanningOverviewPage() {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState(28);
  const overview = useOverview(days, i18n.language);
  const loaded = overview.data?.offices ?? [];
  const first = loaded[0];
  const loading = overview.isPending;

  return (
    <Flex vertical gap={16} data-testid="planning-overview">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Space direction="vertical" size={0}>
          <Link to="/offices">← {t('offices.title')}</Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('offices.planning.title')}
          </Typography.Title>
        </Space>
        <Select
          value={days}
          onChange={setDays}
          options={DAY_OPTIONS.map((d) => ({
            value: d,
            label: t('offices.planning.days', { days: d }),
          }))}
        />
      </Flex>
      <Typography.Text type="secondary">{t('offices.planning.hint')}</Typography.Text>
      {loading && <Spin />}
      {!loading && !loaded.length && <Empty description={t('offices.empty')} />}
      {loaded.map((p) => (
        <StallWarnings key={p.office.id} plan={p} />
      ))}
      {first && (
        <Card size="small" title={t('offices.planning.sharedToday')}>
          <Space wrap>
            {loaded.map((p) => (
              <Tag key={p.office.id} color={p.days[0]?.sharedMinutes ? 'green' : 'default'}>
                {flag(p.office.country)} {p.office.name}:{' '}
                {p.days[0]?.sharedMinutes
                  ? p.firstDayWindows
                      .map((w) => `${w.hq.start}–${w.hq.end} (${hoursOf(w.minutes)})`)
                      .join(', ')
                  : t('offices.planning.noShared')}
              </Tag>
            ))}
          </Space>
        </Card>
      )}
      {first && (
        <Card size="small" title={t('offices.planning.grid')}>
          <Table<OverviewPlan>
            rowKey={(p) => p.office.id}
            dataSource={loaded}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('offices.title'),
                fixed: 'left',
                render: (_, p) => (
                  <Link to={`/offices/${p.office.id}`}>
                    {flag(p.office.country)} {p.office.name}
                  </Link>
                ),
              },
              ...first.days.map((d, i) => ({
                key: d.date,
                title: (
                  <span style={{ color: d.hqOpen ? undefined : '#d4380d' }}>
                    {formatDay(d.date, i18n.language)}
                  </span>
                ),
                render: (_: unknown, p: OverviewPlan) => <Cell plan={p} index={i} />,
              })),
            ]}
          />
        </Card>
      )}
      {loaded.map((p) => (
        <Card
          key={p.office.id}
          size="small"
          title={`${flag(p.office.country)} ${p.office.name} · ${t('offices.planning.differences')}`}
        >
          <ClosedDifferences plan={p} />
        </Card>
      ))}
    </Flex>
  );
}
