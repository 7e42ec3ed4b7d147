import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useNameOf, useSegments, useUsers } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, countryOptions, flag } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import { Money } from '../lib/Money.tsx';
import { nameOf } from './labels.ts';
import { STAGE_KINDS, type Deal, type Pipeline } from './types.ts';

const STATUS_COLOR = { open: 'blue', won: 'green', lost: 'default' } as const;

/** Deals of the pipeline as a table, filtered by stage, owner, country and status. */
export function DealList({ pipeline }: { pipeline: Pipeline | undefined }) {
  const { t, i18n } = useTranslation();
  const names = useNameOf();
  const users = useUsers().data ?? [];
  const [stageId, setStageId] = useState<string>();
  const [ownerId, setOwnerId] = useState<string>();
  const [country, setCountry] = useState<string>();
  const [status, setStatus] = useState<Deal['status']>();
  const [segmentId, setSegmentId] = useState<string>();
  const segments = useSegments().data ?? [];
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const filters = { pipelineId: pipeline?.id, stageId, ownerId, country, status, segmentId };
  const deals = useInfiniteQuery({
    queryKey: qk.deals.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/deals', { params: { query: { ...filters, cursor: pageParam, limit: 50 } } }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = useMemo(() => deals.data?.pages.flatMap((p) => p.items) ?? [], [deals.data]);
  const stages = new Map((pipeline?.stages ?? []).map((s) => [s.id, s]));

  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <Select
          allowClear
          placeholder={t('deals.anyStage')}
          style={{ width: 170 }}
          value={stageId}
          onChange={setStageId}
          options={(pipeline?.stages ?? []).map((s) => ({ value: s.id, label: nameOf(t, s) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('deals.anyOwner')}
          style={{ width: 170 }}
          value={ownerId}
          onChange={setOwnerId}
          options={users.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('deals.anyCountry')}
          style={{ width: 190 }}
          value={country}
          onChange={setCountry}
          options={countries}
        />
        <Select
          allowClear
          placeholder={t('deals.anyStatus')}
          style={{ width: 170 }}
          value={status}
          onChange={setStatus}
          options={STAGE_KINDS.map((s) => ({ value: s, label: t(`deals.statuses.${s}`) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('deals.anySegment')}
          style={{ width: 190 }}
          value={segmentId}
          onChange={setSegmentId}
          data-testid="deal-segment"
          options={segments.map((s) => ({ value: s.id, label: s.name }))}
        />
      </Space>
      <Table<Deal>
        rowKey="id"
        size="middle"
        loading={deals.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={t('deals.none')} /> }}
        columns={[
          {
            title: t('deals.dealTitle'),
            render: (_, d) => <Link to={`/deals/${d.id}`}>{d.title}</Link>,
          },
          {
            title: t('deals.customer'),
            render: (_, d) => (
              <Link to={`/customers/${d.customerId}`}>
                {flag(d.customerCountry)} {d.customerName}
              </Link>
            ),
          },
          {
            title: t('deals.stage'),
            render: (_, d) => {
              const s = stages.get(d.stageId);
              return (
                <Space size={4} wrap>
                  <Tag color={STATUS_COLOR[d.status]}>{s ? nameOf(t, s) : '—'}</Tag>
                  {d.rotting && <Tag color="red">{t('deals.rotting')}</Tag>}
                </Space>
              );
            },
          },
          {
            title: t('deals.amount'),
            align: 'right',
            render: (_, d) => <Money minor={d.amountMinor} currency={d.currency} />,
          },
          { title: '%', dataIndex: 'probability', align: 'right', width: 60 },
          {
            title: t('deals.expectedClose'),
            render: (_, d) => formatDate(d.expectedCloseDate, i18n.language),
          },
          { title: t('deals.owner'), render: (_, d) => names.user(d.ownerId) },
          {
            title: t('deals.country'),
            responsive: ['lg'],
            render: (_, d) => countryName(d.customerCountry, i18n.language),
          },
        ]}
      />
      {deals.hasNextPage && (
        <Button loading={deals.isFetchingNextPage} onClick={() => void deals.fetchNextPage()}>
          {t('deals.more')}
        </Button>
      )}
    </Flex>
  );
}
