import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  List,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { countryName, countryOptions, flag } from '../lib/countries.ts';
import { Money } from '../lib/Money.tsx';
import { browserTimeZone } from '../lib/time-zone.ts';
import { DeadlineCell } from './DeadlineCell.tsx';
import { ResultTag } from './ResultTag.tsx';
import { TenderEditor } from './TenderEditor.tsx';
import {
  TENDER_RESULTS,
  TENDER_STATUSES,
  type Tender,
  type TenderResult,
  type TenderStatus,
} from './types.ts';

/** Tenders over the customers you can see: deadlines first, with the days left to prepare. */
export function TendersPage() {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const [status, setStatus] = useState<TenderStatus | undefined>('open');
  const [result, setResult] = useState<TenderResult>();
  const [country, setCountry] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const params = {
    status,
    result,
    country,
    deadlineFrom: range?.[0]?.format('YYYY-MM-DD'),
    deadlineTo: range?.[1]?.format('YYYY-MM-DD'),
    // Open tenders nearest first; decided ones newest first.
    order: status === 'open' ? ('asc' as const) : ('desc' as const),
    timeZone: browserTimeZone(),
  };
  const list = useInfiniteQuery({
    queryKey: qk.tenders.list(params),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(client.GET('/tenders', { params: { query: { ...params, cursor: pageParam } } })),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const docs = (x: Tender) =>
    `${x.requiredDocuments.filter((d) => d.done).length}/${x.requiredDocuments.length}`;
  const title = (x: Tender) => (
    <Flex vertical>
      <Typography.Link onClick={() => setEditing(x.id)} data-testid="tender-open">
        {x.reference} · {x.title}
      </Typography.Link>
      <Link to={`/customers/${x.customerId}`}>
        <Typography.Text type="secondary">{x.customerName}</Typography.Text>
      </Link>
    </Flex>
  );
  const place = (c: string) => `${flag(c)} ${countryName(c, i18n.language)}`;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tenders.title')}
        </Typography.Title>
        <Space wrap>
          <Link to="/tender-analysis">
            <Button icon={<BarChartOutlined />}>{t('tenders.analysis.open')}</Button>
          </Link>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="tender-new"
          >
            {t('tenders.add')}
          </Button>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('tenders.hint')}
      </Typography.Paragraph>
      <Space wrap>
        <Select
          allowClear
          placeholder={t('tenders.filters.anyStatus')}
          style={{ width: 170 }}
          value={status}
          onChange={setStatus}
          options={TENDER_STATUSES.map((s) => ({ value: s, label: t(`tenders.statuses.${s}`) }))}
        />
        <Select
          allowClear
          placeholder={t('tenders.filters.anyResult')}
          style={{ width: 150 }}
          value={result}
          onChange={setResult}
          options={TENDER_RESULTS.map((r) => ({ value: r, label: t(`tenders.results.${r}`) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('tenders.fields.country')}
          style={{ width: 190 }}
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
      {phone ? (
        <List
          loading={list.isPending}
          dataSource={rows}
          locale={{ emptyText: <Empty description={t('tenders.none')} /> }}
          renderItem={(x) => (
            <Card size="small" style={{ marginBottom: 8 }} data-testid="tender-card">
              <Flex vertical gap={6}>
                {title(x)}
                <DeadlineCell deadline={x.deadline} homeCountry={x.homeCountry} compact />
                <Space wrap>
                  <span>{place(x.country)}</span>
                  {x.bid && <Money minor={x.bid.amountMinor} currency={x.bid.currency} />}
                </Space>
                <ResultTag tender={x} />
              </Flex>
            </Card>
          )}
        />
      ) : (
        <Table<Tender>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: <Empty description={t('tenders.none')} /> }}
          columns={[
            {
              title: t('tenders.fields.deadline'),
              width: 270,
              render: (_, x) => <DeadlineCell deadline={x.deadline} homeCountry={x.homeCountry} />,
            },
            { title: t('tenders.fields.tender'), render: (_, x) => title(x) },
            { title: t('tenders.fields.country'), render: (_, x) => place(x.country) },
            {
              title: t('tenders.fields.bid'),
              align: 'right',
              render: (_, x) =>
                x.bid ? <Money minor={x.bid.amountMinor} currency={x.bid.currency} /> : '—',
            },
            { title: t('tenders.fields.documents'), width: 90, render: (_, x) => docs(x) },
            { title: t('tenders.fields.result'), render: (_, x) => <ResultTag tender={x} /> },
          ]}
        />
      )}
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('tenders.more')}
        </Button>
      )}
      {editing && (
        <TenderEditor id={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
