import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Flex, Popover, Result, Space, Table, Typography } from 'antd';
import { useMemo, useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Customer } from '../api/models.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { CustomerCards } from './CustomerCards.tsx';
import { CustomerFilterBar } from './CustomerFilterBar.tsx';
import { CustomerFormModal } from './CustomerFormModal.tsx';
import { useCustomerList, type CustomerFilters } from './useCustomerList.ts';
import { COLUMNS_KEY, OPTIONAL, savedColumns, useCustomerColumns } from './useCustomerColumns.tsx';

export function CustomersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // A drill-down (a market dashboard's figure) opens the list filtered by its address.
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<CustomerFilters>(() => filtersFrom(params));
  const [search, setSearch] = useState('');
  const [visible, setVisible] = useState<string[]>(savedColumns);
  const [creating, setCreating] = useState(false);
  const list = useCustomerList(filters);
  const phone = useIsPhone();
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    if (
      el.scrollHeight - el.scrollTop - el.clientHeight < 400 &&
      list.hasNextPage &&
      !list.isFetchingNextPage
    )
      void list.fetchNextPage();
  };

  const all = useCustomerColumns();
  const columns = all.filter(
    (c) => !OPTIONAL.includes(c.key as never) || visible.includes(String(c.key)),
  );
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false);

  const empty = (
    <Empty
      description={
        filters.deleted
          ? t('customers.emptyTrash')
          : filtered
            ? t('customers.emptyFiltered')
            : t('customers.empty')
      }
    />
  );

  const chooser = (
    <Checkbox.Group
      value={visible}
      onChange={(v) => {
        setVisible(v);
        localStorage.setItem(COLUMNS_KEY, JSON.stringify(v));
      }}
      style={{ display: 'grid', gap: 6 }}
      options={OPTIONAL.map((k) => ({
        value: k,
        // The chooser names a column as its header does.
        label: all.find((c) => c.key === k)?.title as string,
      }))}
    />
  );

  return (
    <Flex vertical gap={16}>
      {/* The buttons wrap under the title rather than squeeze it to a letter a line. */}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {filters.deleted ? t('customers.trash') : t('customers.title')}
        </Typography.Title>
        <Space>
          {!phone && (
            <Popover
              content={chooser}
              title={t('customers.columns')}
              trigger="click"
              placement="bottomRight"
            >
              <Button icon={<SettingOutlined />}>{t('customers.columns')}</Button>
            </Popover>
          )}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="new-customer"
          >
            {t('customers.new')}
          </Button>
        </Space>
      </Flex>
      <CustomerFilterBar
        filters={filters}
        onChange={setFilters}
        search={search}
        onSearchChange={setSearch}
      />
      {list.isError ? (
        <Result
          status="warning"
          title={t('common.loadFailed')}
          extra={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
        />
      ) : phone ? (
        <CustomerCards
          // A new filter starts the cards from the top again.
          key={JSON.stringify(filters)}
          rows={rows}
          loading={list.isPending}
          hasMore={!!list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onMore={() => void list.fetchNextPage()}
          empty={empty}
        />
      ) : (
        <Table<Customer>
          virtual
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isPending}
          pagination={false}
          scroll={{
            x: columns.reduce((w, c) => w + Number(c.width ?? 120), 0),
            y: Math.max(320, window.innerHeight - 330),
          }}
          onScroll={onScroll}
          locale={{ emptyText: empty }}
          footer={() =>
            list.isFetchingNextPage
              ? t('customers.loadingMore')
              : list.hasNextPage
                ? t('customers.loaded', { count: rows.length })
                : t('customers.loadedAll', { count: rows.length })
          }
        />
      )}
      <CustomerFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(c) => {
          setCreating(false);
          void navigate(`/customers/${c.id}`);
        }}
      />
    </Flex>
  );
}

const TIER_VALUES = ['A', 'B', 'C'] as const;

/** The filters a link may carry: `?country=DE&tier=A&ownerId=…&teamId=…&segmentId=…`. */
function filtersFrom(params: URLSearchParams): CustomerFilters {
  const country = params.get('country')?.toUpperCase();
  const tier = TIER_VALUES.find((x) => x === params.get('tier'));
  const ids: Pick<CustomerFilters, 'ownerId' | 'teamId' | 'segmentId'> = {};
  for (const k of ['ownerId', 'teamId', 'segmentId'] as const) {
    const v = params.get(k);
    if (v) ids[k] = v;
  }
  return {
    ...(country && /^[A-Z]{2}$/.test(country) ? { country } : {}),
    ...(tier ? { tier } : {}),
    ...ids,
  };
}
