import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, countryOptions, flag } from '../lib/countries.ts';
import { Money } from '../lib/Money.tsx';
import { formatMoney } from '../lib/format.ts';
import { BarChart } from './BarChart.tsx';
import type { Analysis, Figure } from './types.ts';

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)} %`);
const WON = '#52c41a';
const LOST = '#ff4d4f';

/** Why tenders are won and lost: per reason, per country, per competitor. */
export function TenderAnalysisPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const zh = lang.startsWith('zh');
  const [country, setCountry] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const params = {
    country,
    deadlineFrom: range?.[0]?.format('YYYY-MM-DD'),
    deadlineTo: range?.[1]?.format('YYYY-MM-DD'),
  };
  const q = useQuery({
    queryKey: qk.tenders.analysis(params),
    queryFn: () => unwrap(client.GET('/tenders/analysis', { params: { query: params } })),
  });
  const a: Analysis | undefined = q.data;
  const money = (minor: number) => (a ? formatMoney(minor, a.reportingCurrency, lang) : '');
  // Built once per answer: the charts redraw only when what they show changes.
  const charts = useMemo(() => {
    const money = (minor: number) => (a ? formatMoney(minor, a.reportingCurrency, lang) : '');
    const chart = (rows: Figure[], label: (i: number) => string) => ({
      categories: rows.map((_, i) => label(i)),
      series: [
        { name: t('tenders.results.won'), data: rows.map((r) => r.won), color: WON },
        { name: t('tenders.results.lost'), data: rows.map((r) => r.lost), color: LOST },
      ],
      detail: (i: number) => {
        const r = rows[i];
        return r
          ? [
              `${t('tenders.analysis.winRate')}: ${pct(r.winRate)}`,
              `${t('tenders.analysis.lostValue')}: ${money(r.lostValueMinor)}`,
            ]
          : [];
      },
    });
    const reasons = a?.byReason ?? [];
    const countries = a?.byCountry ?? [];
    return {
      reasons: chart(reasons, (i) => (zh ? reasons[i]!.name.zh : reasons[i]!.name.en)),
      countries: chart(countries, (i) => {
        const c = countries[i]!.country;
        return `${flag(c)} ${countryName(c, lang)}`;
      }),
    };
  }, [a, lang, zh, t]);
  const missing = a ? [...a.total.unconverted] : [];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('tenders.analysis.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('tenders.analysis.hint', { currency: a?.reportingCurrency ?? '' })}
      </Typography.Paragraph>
      <Space wrap>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('tenders.fields.country')}
          style={{ width: 200 }}
          value={country}
          onChange={setCountry}
          options={countries}
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('tenders.filters.from'), t('tenders.filters.to')]}
          onChange={(v) => setRange(v)}
        />
      </Space>
      {a && (
        <Row gutter={[12, 12]}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('tenders.analysis.winRate')} value={pct(a.total.winRate)} />
              <Typography.Text type="secondary">
                {t('tenders.analysis.wonLost', { won: a.total.won, lost: a.total.lost })}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('tenders.analysis.lostValue')}
                value={money(a.total.lostValueMinor)}
              />
              <Typography.Text type="secondary">
                {t('tenders.analysis.otherResults', {
                  cancelled: a.total.cancelled,
                  noBid: a.total.noBid,
                  open: a.total.open,
                })}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small" data-testid="lost-local">
              <Statistic
                title={t('tenders.analysis.lostToLocal')}
                value={t('tenders.analysis.lostToLocalValue', {
                  count: a.lostToLocalPresence.tenders,
                  share: pct(a.lostToLocalPresence.shareOfLosses),
                })}
              />
              <Typography.Text type="secondary">
                {money(a.lostToLocalPresence.lostValueMinor)}
                {a.lostToLocalPresence.winnerUnknown > 0 &&
                  ` · ${t('tenders.analysis.winnerUnknown', { count: a.lostToLocalPresence.winnerUnknown })}`}
              </Typography.Text>
            </Card>
          </Col>
        </Row>
      )}
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('tenders.analysis.unconverted', {
            list: missing.map((m) => `${m.reference} (${m.currency}, ${m.date})`).join(', '),
          })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('tenders.analysis.byReason')} loading={q.isPending}>
            {charts.reasons.categories.length ? (
              <BarChart testId="chart-reasons" {...charts.reasons} />
            ) : (
              <Empty />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('tenders.analysis.byCountry')} loading={q.isPending}>
            {charts.countries.categories.length ? (
              <BarChart testId="chart-countries" {...charts.countries} />
            ) : (
              <Empty />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('tenders.analysis.byCompetitor')}>
        <Table
          rowKey="name"
          size="small"
          loading={q.isPending}
          dataSource={a?.byCompetitor ?? []}
          pagination={false}
          scroll={{ x: 640 }}
          columns={[
            { title: t('tenders.competitors.name'), dataIndex: 'name' },
            { title: t('tenders.analysis.met'), dataIndex: 'tenders', align: 'right' },
            {
              title: t('tenders.competitors.local'),
              align: 'right',
              render: (_, c) => `${c.withLocalPresence}/${c.tenders}`,
            },
            { title: t('tenders.analysis.lostTo'), dataIndex: 'lostTo', align: 'right' },
            {
              title: t('tenders.analysis.lostValue'),
              align: 'right',
              render: (_, c) =>
                a ? <Money minor={c.lostValueMinor} currency={a.reportingCurrency} /> : null,
            },
            {
              title: t('tenders.analysis.winRate'),
              align: 'right',
              render: (_, c) => pct(c.winRate),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
