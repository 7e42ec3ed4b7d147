import { Alert, Button, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { usePoolSettings } from '../api/queries.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { STAGE_COLORS } from '../customers/useCustomerColumns.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { countryName, countryOptions, flag } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import { useNow } from '../lib/useNow.ts';
import { AssignButton } from './AssignButton.tsx';
import { PoolCards } from './PoolCards.tsx';
import { usePoolActions } from './usePoolActions.tsx';

export type PoolItem = ResponseOf<'/pool'>['items'][number];
const STAGES = ['lead', 'prospect', 'customer', 'partner', 'churned'] as const;

/**
 * The shared pool (公海): customers nobody kept, with just enough to decide — name, country,
 * stage, how long in the pool, last touch — and a claim button. The first claim wins.
 */
export function PoolPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const phone = useIsPhone();
  const now = useNow();
  const settings = usePoolSettings().data;
  const { claim } = usePoolActions();
  const [claiming, setClaiming] = useState<string | null>(null);
  const [filters, setFilters] = useState<{ q?: string; stage?: string; country?: string }>({});
  const pages = useInfiniteQuery({
    queryKey: qk.pool.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/pool', {
          params: {
            query: {
              q: filters.q || undefined,
              stage: filters.stage as PoolItem['stage'] | undefined,
              country: filters.country,
              cursor: pageParam,
              limit: 50,
            },
          },
        }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const claims = pages.data?.pages[0]?.claims;
  const days = (iso: string) => Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 864e5));
  const inPool = (iso: string) => {
    const n = days(iso);
    return n === 0 ? t('pool.today') : t('pool.daysInPool', { count: n });
  };
  const doClaim = async (r: PoolItem) => {
    setClaiming(r.customerId);
    try {
      await claim(r);
    } finally {
      setClaiming(null);
    }
  };
  const claimButton = (r: PoolItem) => (
    <Button
      type="primary"
      size="small"
      loading={claiming === r.customerId}
      onClick={() => void doClaim(r)}
      data-testid="pool-claim"
    >
      {t('pool.claim')}
    </Button>
  );
  const actions = (r: PoolItem) => (
    <Flex gap={8} wrap>
      {claimButton(r)}
      {user.role === 'admin' && <AssignButton row={r} />}
    </Flex>
  );

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('pool.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('pool.intro')}
      </Typography.Paragraph>
      {settings && (
        <Alert
          type="info"
          showIcon
          title={
            settings.enabled
              ? t('pool.rule', {
                  stages: settings.stages.map((s) => t(`stages.${s}`)).join(' / '),
                  days: settings.idleDays,
                  warning: settings.warningDays,
                  country: countryName(settings.homeCountry, i18n.language),
                })
              : t('pool.ruleOff')
          }
          description={
            claims &&
            (claims.limit === null
              ? t('pool.claimsNoLimit', { days: claims.windowDays, used: claims.used })
              : t('pool.claims', {
                  days: claims.windowDays,
                  used: claims.used,
                  limit: claims.limit,
                }))
          }
        />
      )}
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('pool.search')}
          style={{ width: phone ? '100%' : 240 }}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
        />
        <Select
          allowClear
          placeholder={t('pool.allStages')}
          style={{ width: phone ? '48%' : 160 }}
          value={filters.stage}
          onChange={(stage?: string) => setFilters((f) => ({ ...f, stage }))}
          options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('pool.allCountries')}
          style={{ width: phone ? '48%' : 200 }}
          value={filters.country}
          onChange={(country?: string) => setFilters((f) => ({ ...f, country }))}
          options={countryOptions(i18n.language)}
        />
      </Flex>
      {phone ? (
        <PoolCards
          rows={rows}
          loading={pages.isPending}
          inPool={inPool}
          actions={actions}
          more={pages.hasNextPage}
          loadingMore={pages.isFetchingNextPage}
          onMore={() => void pages.fetchNextPage()}
        />
      ) : (
        <>
          <Table<PoolItem>
            rowKey="customerId"
            size="middle"
            loading={pages.isPending}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t('pool.empty') }}
            columns={[
              {
                title: t('pool.name'),
                render: (_, r) => (
                  <Flex vertical>
                    <Typography.Text strong>{r.name}</Typography.Text>
                    {r.nativeName && (
                      <Typography.Text type="secondary">{r.nativeName}</Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                title: t('pool.country'),
                render: (_, r) => `${flag(r.country)} ${countryName(r.country, i18n.language)}`,
              },
              {
                title: t('pool.stage'),
                render: (_, r) => <Tag color={STAGE_COLORS[r.stage]}>{t(`stages.${r.stage}`)}</Tag>,
              },
              {
                title: t('pool.inPool'),
                render: (_, r) => (
                  <span title={formatDate(r.pooledAt, i18n.language)}>{inPool(r.pooledAt)}</span>
                ),
              },
              {
                title: t('pool.lastTouch'),
                render: (_, r) =>
                  r.lastTouchAt ? formatDate(r.lastTouchAt, i18n.language) : t('pool.never'),
              },
              { title: t('pool.why'), render: (_, r) => t(`pool.reasons.${r.reason}`) },
              { title: '', key: 'actions', render: (_, r) => actions(r) },
            ]}
          />
          {pages.hasNextPage && (
            <Button loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
              {t('phone.loadMore')}
            </Button>
          )}
        </>
      )}
    </Flex>
  );
}
