import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Result,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { formatDateTime } from '../lib/format.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';

type Job = ResponseOf<'/jobs/{id}'>;
type Status = Job['status'];
const STATUSES: Status[] = ['queued', 'running', 'dead', 'cancelled', 'succeeded'];
const COLORS: Record<Status, string> = {
  queued: 'blue',
  running: 'processing',
  succeeded: 'green',
  dead: 'red',
  cancelled: 'default',
};

/** The admin's view of background work: what is queued, what failed and why, run again or cancel. */
export function JobsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const phone = useIsPhone();
  const qc = useQueryClient();
  const [status, setStatus] = useState<Status | 'all'>('all');
  const params = { status: status === 'all' ? undefined : status };
  const jobs = useInfiniteQuery({
    queryKey: qk.jobs(params),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/jobs', { params: { query: { ...params, cursor: pageParam, limit: 50 } } }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
    enabled: user.role === 'admin',
    // Running work moves on its own: look again every few seconds.
    refetchInterval: 5000,
  });
  const schedules = useQuery({
    queryKey: qk.jobSchedules(),
    queryFn: () => unwrap(client.GET('/jobs/schedules')),
    enabled: user.role === 'admin',
  });
  const rows = useMemo(() => jobs.data?.pages.flatMap((p) => p.items) ?? [], [jobs.data]);
  const counts = jobs.data?.pages[0]?.counts;
  if (user.role !== 'admin') return <Result status="403" title={t('errors.forbidden')} />;

  const act = async (job: Job, action: 'retry' | 'cancel') => {
    try {
      await unwrap(client.POST(`/jobs/{id}/${action}`, { params: { path: { id: job.id } } }));
      void message.success(t(action === 'retry' ? 'jobs.retried' : 'jobs.cancelled'));
    } catch (err) {
      const first = err instanceof ApiError ? err.errors[0] : undefined;
      void message.error(first ? translateFieldError(first, t) : String(err));
    }
    void qc.invalidateQueries({ queryKey: ['jobs'] });
  };
  const kindName = (kind: string) => t(`jobs.kinds.${kind}`, { defaultValue: kind });
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('jobs.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('jobs.intro')}
      </Typography.Paragraph>
      <Segmented<Status | 'all'>
        value={status}
        onChange={setStatus}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
        options={[
          { value: 'all', label: t('jobs.all') },
          ...STATUSES.map((s) => ({
            value: s,
            label: `${t(`jobs.statuses.${s}`)}${counts ? ` ${counts[s]}` : ''}`,
          })),
        ]}
      />
      <Table<Job>
        rowKey="id"
        size="small"
        loading={jobs.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: phone ? 640 : undefined }}
        locale={{ emptyText: <Empty description={t('jobs.empty')} /> }}
        expandable={{
          rowExpandable: (j) => !!j.lastError,
          expandedRowRender: (j) => (
            <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
              {j.lastError}
            </Typography.Text>
          ),
        }}
        columns={[
          {
            title: t('jobs.kind'),
            render: (_, j) => (
              <span>
                {kindName(j.kind)}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {j.kind}
                </Typography.Text>
              </span>
            ),
          },
          {
            title: t('jobs.status'),
            width: 100,
            render: (_, j) => <Tag color={COLORS[j.status]}>{t(`jobs.statuses.${j.status}`)}</Tag>,
          },
          {
            title: t('jobs.attempts'),
            width: 90,
            render: (_, j) => `${j.attempts} / ${j.maxAttempts}`,
          },
          {
            title: t('jobs.runAt'),
            width: 170,
            render: (_, j) => (j.status === 'queued' ? when(j.runAt) : when(j.finishedAt)),
          },
          {
            title: t('jobs.lastError'),
            ellipsis: true,
            render: (_, j) => j.lastError ?? '',
          },
          {
            key: 'actions',
            width: 120,
            render: (_, j) => (
              <Space>
                {(j.status === 'dead' || j.status === 'cancelled') && (
                  <Button size="small" onClick={() => void act(j, 'retry')}>
                    {t('jobs.retry')}
                  </Button>
                )}
                {j.status === 'queued' && (
                  <Popconfirm title={t('jobs.cancelConfirm')} onConfirm={() => act(j, 'cancel')}>
                    <Button size="small" danger>
                      {t('jobs.cancel')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
        footer={() =>
          jobs.hasNextPage && (
            <Button onClick={() => void jobs.fetchNextPage()} loading={jobs.isFetchingNextPage}>
              {t('jobs.loadMore')}
            </Button>
          )
        }
      />
      <Card size="small" title={t('jobs.schedules.title')}>
        <Table
          rowKey="name"
          size="small"
          loading={schedules.isPending}
          dataSource={schedules.data?.items ?? []}
          pagination={false}
          scroll={{ x: phone ? 560 : undefined }}
          locale={{ emptyText: <Empty description={t('jobs.schedules.empty')} /> }}
          columns={[
            {
              title: t('jobs.schedules.name'),
              render: (_, s) => t(`jobs.schedules.names.${s.name}`, { defaultValue: s.name }),
            },
            { title: t('jobs.schedules.cron'), render: (_, s) => <code>{s.cron}</code> },
            { title: t('jobs.schedules.zone'), dataIndex: 'timeZone' },
            {
              title: t('jobs.schedules.next'),
              // In the schedule's own zone, where the cron expression is read.
              render: (_, s) => formatDateTime(s.nextRunAt, i18n.language, s.timeZone),
            },
            { title: t('jobs.schedules.last'), render: (_, s) => when(s.lastRunAt) },
          ]}
        />
      </Card>
    </Flex>
  );
}
