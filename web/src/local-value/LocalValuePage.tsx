import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  List,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { LocalValueEntry } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { countryOptions, flag } from '../lib/countries.ts';
import { Money } from '../lib/Money.tsx';
import { LocalValueForm } from './LocalValueForm.tsx';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x} %`);
const YEARS = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

/**
 * The local value ledger of one market and year (managers and admins): the summed figures,
 * each figure with its source, and the transparency report in English, Chinese or the
 * market's language, as a page or a PDF.
 */
export function LocalValuePage() {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? 'MZ';
  const year = Number(params.get('year') ?? new Date().getFullYear() - 1);
  const [editing, setEditing] = useState<LocalValueEntry | 'new' | null>(null);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const summary = useQuery({
    queryKey: qk.localValue.summary(country, year),
    queryFn: () =>
      unwrap(client.GET('/local-value/summary', { params: { query: { country, year } } })),
  });
  const list = useQuery({
    queryKey: qk.localValue.list(country, year),
    queryFn: () => unwrap(client.GET('/local-value', { params: { query: { country, year } } })),
  });
  const s = summary.data;
  const items = list.data?.items ?? [];
  const report = (lang: string, format: 'html' | 'pdf') =>
    `/api/v1/local-value/report?${new URLSearchParams({ country, year: String(year), lang, format })}`;
  const figure = (e: LocalValueEntry) =>
    e.amountMinor !== null && e.currency ? (
      <Money minor={e.amountMinor} currency={e.currency} />
    ) : (
      (e.headcount ?? e.quantity ?? '')
    );
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('localValue.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 180 }}
            value={country}
            options={countries}
            onChange={(v: string) => setParams({ country: v, year: String(year) })}
            data-testid="local-value-country"
          />
          <Select
            value={year}
            options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            onChange={(y: number) => setParams({ country, year: String(y) })}
            data-testid="local-value-year"
          />
          <Button type="primary" onClick={() => setEditing('new')} data-testid="local-value-new">
            {t('localValue.add')}
          </Button>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('localValue.intro')}
      </Typography.Paragraph>
      <Card loading={summary.isLoading} title={`${flag(country)} ${country} · ${year}`}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic
              title={t('localValue.kinds.direct_jobs')}
              value={s?.directJobs?.headcount ?? '—'}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('localValue.localNationals')}
              value={pct(s?.directJobs?.localNationalsPercent)}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('localValue.localPurchasingShare')}
              value={pct(s?.localPurchasing.sharePercent)}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('localValue.partnerShare')}
              value={pct(s?.revenueShare.sharePercent)}
            />
          </Col>
        </Row>
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          {(['en', 'zh-CN', 'local'] as const).map((lang) => (
            <Space.Compact key={lang}>
              <Button
                href={report(lang, 'html')}
                target="_blank"
                rel="noopener"
                data-testid={`local-value-report-${lang}`}
              >
                {t(`localValue.report.${lang === 'zh-CN' ? 'zh' : lang}`)}
              </Button>
              <Button href={report(lang, 'pdf')} download>
                PDF
              </Button>
            </Space.Compact>
          ))}
        </Flex>
      </Card>
      <Card loading={list.isLoading} title={t('localValue.figures')}>
        {items.length === 0 ? (
          <Empty description={t('localValue.empty')} />
        ) : phone ? (
          <List
            dataSource={items}
            renderItem={(e) => (
              <List.Item onClick={() => e.canEdit && setEditing(e)}>
                <List.Item.Meta
                  title={
                    <>
                      {t(`localValue.kinds.${e.kind}`)}: {figure(e)}
                    </>
                  }
                  description={`${e.periodStart} – ${e.periodEnd} · ${e.sourceDocument}`}
                />
              </List.Item>
            )}
          />
        ) : (
          <Table
            rowKey="id"
            dataSource={items}
            pagination={false}
            onRow={(e) => ({ onClick: () => e.canEdit && setEditing(e) })}
            columns={[
              {
                title: t('localValue.fields.kind'),
                render: (_, e) => <Tag>{t(`localValue.kinds.${e.kind}`)}</Tag>,
              },
              {
                title: t('localValue.fields.period'),
                render: (_, e) => `${e.periodStart} – ${e.periodEnd}`,
              },
              { title: t('localValue.fields.figure'), render: (_, e) => figure(e) },
              { title: t('localValue.fields.share'), render: (_, e) => pct(e.sharePercent) },
              { title: t('localValue.fields.sourceDocument'), dataIndex: 'sourceDocument' },
              { title: t('localValue.fields.enteredBy'), render: (_, e) => e.enteredBy.name },
            ]}
          />
        )}
      </Card>
      {editing && (
        <LocalValueForm
          entry={editing === 'new' ? null : editing}
          country={country}
          year={year}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
