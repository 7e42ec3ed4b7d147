import { useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Empty, Flex, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { countryName, flag } from '../lib/countries.ts';
import { BarChart } from '../tenders/BarChart.tsx';
import { fetchSummary, GROUPS, type Group, type SummaryRow } from './api.ts';

const GREEN = '#52c41a';
const GREY = '#bfbfbf';
const RED = '#ff4d4f';

/** A figure with its count beside it; below the minimum count, only the count. */
function Figure(props: { value: number | null; answers: number; suffix?: string }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Typography.Text strong={props.value !== null}>
        {props.value === null ? '—' : `${props.value}${props.suffix ?? ''}`}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('feedback.answers', { count: props.answers })}
      </Typography.Text>
    </Space>
  );
}

/** A group's name: the country with its flag, the tier, the owner's name, the month. */
function labelOf(r: SummaryRow, groupBy: Group, locale: string, noTier: string): string {
  if (groupBy === 'country') return `${flag(r.key)} ${countryName(r.key, locale)}`;
  if (groupBy === 'tier' || groupBy === 'product') return r.label || noTier;
  return r.label;
}

/** NPS and CSAT per market (or tier, owner, month), each figure with its count of answers. */
export function FeedbackPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const phone = useIsPhone();
  const [groupBy, setGroupBy] = useState<Group>('country');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const params = {
    groupBy,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const q = useQuery({
    queryKey: qk.feedback.summary(params),
    queryFn: () => fetchSummary(params),
  });
  const none = t(groupBy === 'product' ? 'feedback.noProduct' : 'feedback.noTier');
  const label = (r: SummaryRow) => labelOf(r, groupBy, i18n.language, none);
  const rows = q.data?.items ?? [];
  const chart = useMemo(() => {
    const shown = (q.data?.items ?? []).filter((r) => r.nps.answers > 0);
    return {
      categories: shown.map((r) =>
        labelOf(
          r,
          groupBy,
          i18n.language,
          t(groupBy === 'product' ? 'feedback.noProduct' : 'feedback.noTier'),
        ),
      ),
      series: [
        { name: t('feedback.promoters'), data: shown.map((r) => r.nps.promoters), color: GREEN },
        { name: t('feedback.passives'), data: shown.map((r) => r.nps.passives), color: GREY },
        { name: t('feedback.detractors'), data: shown.map((r) => r.nps.detractors), color: RED },
      ],
      detail: (i: number) => {
        const r = shown[i];
        return r
          ? [`NPS: ${r.nps.nps ?? '—'} (${t('feedback.answers', { count: r.nps.answers })})`]
          : [];
      },
    };
  }, [q.data, i18n.language, groupBy, t]);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('feedback.title')}
        </Typography.Title>
        {user.role !== 'rep' && <Link to="/surveys">{t('feedback.rounds.title')}</Link>}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('feedback.hint', { min: q.data?.minAnswers ?? 5 })}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Select
          value={groupBy}
          onChange={setGroupBy}
          style={{ width: phone ? '100%' : 180 }}
          options={GROUPS.map((g) => ({ value: g, label: t(`feedback.groupBy.${g}`) }))}
          data-testid="feedback-group"
        />
        <DatePicker.RangePicker
          value={range}
          onChange={setRange}
          style={{ width: phone ? '100%' : undefined }}
        />
      </Flex>
      {q.isError && <Alert type="error" showIcon title={t('common.loadFailed')} />}
      {q.data && (
        <Card size="small">
          <Space wrap size={24}>
            <span>
              NPS <Figure value={q.data.total.nps.nps} answers={q.data.total.nps.answers} />
            </span>
            <span>
              CSAT{' '}
              <Figure
                value={q.data.total.csat.average}
                answers={q.data.total.csat.answers}
                suffix=" / 5"
              />
            </span>
          </Space>
        </Card>
      )}
      <Card size="small" loading={q.isPending}>
        {rows.length === 0 ? (
          <Empty description={t('feedback.none')} />
        ) : (
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={rows}
            data-testid="feedback-table"
            columns={[
              { title: t(`feedback.groupBy.${groupBy}`), render: (_, r) => label(r) },
              {
                title: 'NPS',
                render: (_, r) => <Figure value={r.nps.nps} answers={r.nps.answers} />,
              },
              {
                title: t('feedback.csatAverage'),
                render: (_, r) => (
                  <Figure value={r.csat.average} answers={r.csat.answers} suffix=" / 5" />
                ),
              },
              ...(phone
                ? []
                : [
                    {
                      title: t('feedback.satisfied'),
                      render: (_: unknown, r: SummaryRow) =>
                        r.csat.satisfiedPercent === null ? '—' : `${r.csat.satisfiedPercent} %`,
                    },
                  ]),
            ]}
          />
        )}
      </Card>
      {chart.categories.length > 0 && (
        <Card size="small" title={t('feedback.chart')}>
          <BarChart {...chart} testId="feedback-chart" />
        </Card>
      )}
    </Flex>
  );
}
