import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { formatDateTime } from '../lib/format.ts';

type Run = ResponseOf<'/automations/{id}/runs'>['items'][number];
const COLORS: Record<Run['status'], string> = {
  ok: 'green',
  skipped: 'default',
  failed: 'red',
  loop_blocked: 'orange',
};

/** A rule's run log, newest first, a page at a time. */
export function AutomationRuns({ ruleId }: { ruleId: string }) {
  const { t, i18n } = useTranslation();
  const runs = useInfiniteQuery({
    queryKey: qk.automationRuns(ruleId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/automations/{id}/runs', {
          params: { path: { id: ruleId }, query: { cursor: pageParam, limit: 50 } },
        }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = useMemo(() => runs.data?.pages.flatMap((p) => p.items) ?? [], [runs.data]);
  return (
    <Table<Run>
      rowKey="id"
      size="small"
      loading={runs.isPending}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 560 }}
      locale={{ emptyText: <Empty description={t('automations.noRuns')} /> }}
      columns={[
        {
          title: t('automations.at'),
          width: 150,
          render: (_, r) => formatDateTime(r.at, i18n.language),
        },
        {
          title: t('automations.status'),
          width: 130,
          render: (_, r) => (
            <Tag color={COLORS[r.status]}>{t(`automations.statuses.${r.status}`)}</Tag>
          ),
        },
        {
          title: t('automations.customer'),
          width: 90,
          render: (_, r) =>
            r.customerId ? (
              <Link to={`/customers/${r.customerId}`}>{t('automations.customer')}</Link>
            ) : (
              '—'
            ),
        },
        { title: t('automations.depth'), width: 80, dataIndex: 'depth' },
        { title: t('automations.detail'), ellipsis: true, render: (_, r) => r.detail ?? '' },
      ]}
      footer={() =>
        runs.hasNextPage && (
          <Button onClick={() => void runs.fetchNextPage()} loading={runs.isFetchingNextPage}>
            {t('automations.loadMore')}
          </Button>
        )
      }
    />
  );
}
