import { DownloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { Customer } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';

/** The saved segment's customers in the caller's scope, 50 at a time. */
export function SegmentCustomers({ segmentId }: { segmentId: string }) {
  const { t, i18n } = useTranslation();
  const list = useInfiniteQuery({
    queryKey: qk.segmentCustomers(segmentId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/segments/{id}/customers', {
          params: { path: { id: segmentId }, query: { cursor: pageParam, limit: 50 } },
        }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  return (
    <Card
      title={t('segments.customers')}
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={`/api/v1/segments/${segmentId}/export.csv`}
        >
          {t('segments.exportCsv')}
        </Button>
      }
    >
      <Table<Customer>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('segments.noCustomers') }}
        columns={[
          {
            title: t('customers.fields.name'),
            dataIndex: 'name',
            render: (name: string, c) => <Link to={`/customers/${c.id}`}>{name}</Link>,
          },
          {
            title: t('customers.fields.country'),
            dataIndex: 'country',
            render: (code: string) => `${flag(code)} ${countryName(code, i18n.language)}`,
          },
          {
            title: t('customers.fields.stage'),
            dataIndex: 'stage',
            render: (s: Customer['stage']) => t(`stages.${s}`),
          },
          { title: t('customers.fields.tier'), dataIndex: 'tier' },
          {
            title: t('segments.fields.tags'),
            dataIndex: 'tags',
            render: (tags: string[]) => tags.map((x) => <Tag key={x}>{x}</Tag>),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button
          style={{ marginTop: 12 }}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('segments.loadMore')}
        </Button>
      )}
    </Card>
  );
}
