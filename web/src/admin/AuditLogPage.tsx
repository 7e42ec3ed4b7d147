import { Button, DatePicker, Empty, Flex, Input, Result, Select, Table, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useNameOf, useUsers } from '../api/queries.ts';
import type { AuditEntry } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { formatDateTime } from '../lib/format.ts';

const TYPES = [
  'customer',
  'contact',
  'user',
  'team',
  'api_token',
  'custom_field',
  'automation_rule',
  'pool_settings',
] as const;

/** Where a record opens, for the kinds that have a page. */
const PAGES: Record<string, (id: string) => string> = {
  customer: (id) => `/customers/${id}`,
  user: () => '/admin/users',
  team: () => '/admin/teams',
  custom_field: () => '/admin/custom-fields',
  automation_rule: () => '/admin/automations',
  pool_settings: () => '/admin/pool',
};

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '∅';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A changed value as the reader says it: a stage or role word, a user's name, else as stored. */
function useShowValue() {
  const { t } = useTranslation();
  const names = useNameOf();
  return (field: string, v: unknown): string => {
    if (typeof v !== 'string' || !v) return show(v);
    if (field === 'stage') return t(`stages.${v}`, { defaultValue: v });
    if (field === 'role') return t(`roles.${v}`, { defaultValue: v });
    if (field === 'ownerId') return names.user(v);
    if (field === 'teamId') return names.team(v);
    return v;
  };
}

export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const names = useNameOf();
  const showValue = useShowValue();
  const users = useUsers().data ?? [];
  const [filters, setFilters] = useState<{
    entityType?: string;
    actorId?: string;
    entityId?: string;
    range?: [Dayjs, Dayjs] | null;
  }>({});
  const params = {
    entityType: filters.entityType,
    actorId: filters.actorId,
    entityId: filters.entityId,
    from: filters.range?.[0]?.startOf('day').toISOString(),
    to: filters.range?.[1]?.endOf('day').toISOString(),
  };
  const log = useInfiniteQuery({
    queryKey: qk.audit(params),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/audit-log', {
          params: { query: { ...params, cursor: pageParam, limit: 100 } },
        }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
    enabled: user.role === 'admin',
  });
  const rows = useMemo(() => log.data?.pages.flatMap((p) => p.items) ?? [], [log.data]);
  if (user.role !== 'admin') return <Result status="403" title={t('errors.forbidden')} />;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Flex wrap gap={8}>
        <Select
          allowClear
          placeholder={t('audit.entityType')}
          style={{ width: 160 }}
          options={TYPES.map((x) => ({ value: x, label: t(`messages.auditTypes.${x}`) }))}
          onChange={(v: string | undefined) => setFilters((f) => ({ ...f, entityType: v }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.actor')}
          style={{ width: 180 }}
          options={users.map((u) => ({ value: u.id, label: u.name }))}
          onChange={(v: string | undefined) => setFilters((f) => ({ ...f, actorId: v }))}
        />
        <Input.Search
          allowClear
          placeholder={t('audit.entityId')}
          style={{ width: 320 }}
          onSearch={(v) => setFilters((f) => ({ ...f, entityId: v.trim() || undefined }))}
        />
        <DatePicker.RangePicker
          onChange={(v) => setFilters((f) => ({ ...f, range: v as [Dayjs, Dayjs] | null }))}
        />
      </Flex>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={log.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
        columns={[
          {
            title: t('audit.at'),
            width: 180,
            render: (_, e) => formatDateTime(e.at, i18n.language),
          },
          {
            title: t('audit.actor'),
            width: 140,
            // No user: the system did it, or the demo seed (never the admin who ran it).
            render: (_, e) =>
              e.actorId
                ? (e.actorName ?? names.user(e.actorId))
                : t(`messages.actors.${e.actorKind ?? 'system'}`),
          },
          {
            title: t('audit.action'),
            width: 90,
            render: (_, e) => t(`messages.auditActions.${e.action}`, { defaultValue: e.action }),
          },
          {
            title: t('audit.entity'),
            width: 260,
            render: (_, e) => {
              const name = e.entityName ?? t('messages.deletedRecord');
              const page = PAGES[e.entityType];
              return (
                <span>
                  {t(`messages.auditTypes.${e.entityType}`, { defaultValue: e.entityType })}{' '}
                  {page && e.entityName ? <Link to={page(e.entityId)}>{name}</Link> : name}{' '}
                  <Typography.Text type="secondary" copyable={{ text: e.entityId }} />
                </span>
              );
            },
          },
          {
            title: t('audit.changes'),
            render: (_, e) => (
              <div style={{ fontSize: 12 }}>
                {Object.entries(e.changes).map(([k, v]) => (
                  <div key={k}>
                    <b>{t(`messages.fields.${k}`, { defaultValue: k })}</b>:{' '}
                    {e.action === 'create'
                      ? showValue(k, v.after)
                      : `${showValue(k, v.before)} → ${showValue(k, v.after)}`}
                  </div>
                ))}
              </div>
            ),
          },
        ]}
        footer={() =>
          log.hasNextPage && (
            <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t('audit.loadMore')}
            </Button>
          )
        }
      />
    </Flex>
  );
}
