import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { formatDate, formatMoney } from '../lib/format.ts';
import {
  QUOTE_KINDS,
  QUOTE_STATUSES,
  STATUS_COLOR,
  type QuoteKind,
  type QuoteStatus,
} from './types.ts';

/** Quotes and PIs of the customers you can see, newest first; a row opens the editor. */
export function QuotesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<QuoteStatus>();
  const [kind, setKind] = useState<QuoteKind>();
  const params = { status, kind };
  const list = useInfiniteQuery({
    queryKey: qk.quotes.list(params),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/quotes', { params: { query: { ...params, cursor: pageParam, limit: 100 } } }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('quotes.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('quotes.hint')}
      </Typography.Paragraph>
      <Flex wrap gap={8} justify="space-between">
        <Space wrap>
          <Select
            allowClear
            placeholder={t('quotes.anyStatus')}
            style={{ width: 160 }}
            value={status}
            onChange={setStatus}
            options={QUOTE_STATUSES.map((s) => ({ value: s, label: t(`quotes.statuses.${s}`) }))}
          />
          <Select
            allowClear
            placeholder={t('quotes.anyKind')}
            style={{ width: 190 }}
            value={kind}
            onChange={setKind}
            options={QUOTE_KINDS.map((k) => ({ value: k, label: t(`quotes.kinds.${k}`) }))}
          />
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/quotes/new')}>
          {t('quotes.new')}
        </Button>
      </Flex>
      <Table
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('quotes.none')} /> }}
        columns={[
          {
            title: t('quotes.number'),
            render: (_, q) => (
              <Link to={`/quotes/${q.id}`} data-testid="quote-link">
                {q.number} · {t('quotes.revision', { revision: q.revision })}
              </Link>
            ),
          },
          {
            title: t('quotes.customer'),
            render: (_, q) => <Link to={`/customers/${q.customerId}`}>{q.customerName}</Link>,
          },
          { title: t('quotes.kind'), render: (_, q) => t(`quotes.kinds.${q.kind}`) },
          { title: t('quotes.date'), render: (_, q) => formatDate(q.quoteDate, i18n.language) },
          {
            title: t('quotes.total'),
            align: 'right',
            render: (_, q) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(q.totalMinor, q.currency, i18n.language)}
              </span>
            ),
          },
          {
            title: t('quotes.status'),
            render: (_, q) => (
              <Tag color={STATUS_COLOR[q.status]}>{t(`quotes.statuses.${q.status}`)}</Tag>
            ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('quotes.more')}
        </Button>
      )}
    </Flex>
  );
}
