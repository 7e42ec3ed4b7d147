import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  Empty,
  Flex,
  Popover,
  Result,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useNameOf } from '../api/queries.ts';
import type { Customer } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import { formatMoney } from '../lib/format.ts';
import { CustomerFilterBar } from './CustomerFilterBar.tsx';
import { CustomerFormModal } from './CustomerFormModal.tsx';
import { useCustomerList, type CustomerFilters } from './useCustomerList.ts';

const STAGE_COLORS: Record<string, string> = {
  lead: 'default',
  prospect: 'blue',
  customer: 'green',
  partner: 'purple',
  churned: 'red',
};
const OPTIONAL = [
  'nativeName',
  'city',
  'industry',
  'tier',
  'health',
  'tags',
  'owner',
  'team',
  'timeZone',
  'source',
  'revenue',
  'lastOrder',
  'createdAt',
] as const;
const COLUMNS_KEY = 'chuhai.customers.columns';

function savedColumns(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null') as unknown;
    return Array.isArray(v)
      ? (v as string[])
      : ['nativeName', 'city', 'tier', 'health', 'tags', 'owner'];
  } catch {
    return ['nativeName', 'city', 'tier', 'health', 'tags', 'owner'];
  }
}

export function CustomersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const names = useNameOf();
  const [filters, setFilters] = useState<CustomerFilters>({});
  // Revenue is kept in the reporting currency's minor units.
  const reporting = useQuery({
    queryKey: qk.exchangeRates(),
    queryFn: () => unwrap(client.GET('/exchange-rates')),
    staleTime: 60_000,
  }).data?.reportingCurrency;
  const [search, setSearch] = useState('');
  const [visible, setVisible] = useState<string[]>(savedColumns);
  const [creating, setCreating] = useState(false);
  const list = useCustomerList(filters);
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

  const all: ColumnsType<Customer> = [
    {
      key: 'name',
      title: t('customers.fields.name'),
      width: 280,
      fixed: 'left',
      render: (_, c) => (
        <Typography.Link
          onClick={() => void navigate(`/customers/${c.id}`)}
          data-testid="customer-link"
        >
          {c.name}
        </Typography.Link>
      ),
    },
    {
      key: 'nativeName',
      title: t('customers.fields.nativeName'),
      width: 200,
      render: (_, c) => c.nativeName ?? '',
    },
    {
      key: 'country',
      title: t('customers.fields.country'),
      width: 170,
      render: (_, c) => `${flag(c.country)} ${countryName(c.country, i18n.language)}`,
    },
    { key: 'city', title: t('customers.fields.city'), width: 140, render: (_, c) => c.city ?? '' },
    {
      key: 'stage',
      title: t('customers.fields.stage'),
      width: 110,
      render: (_, c) => <Tag color={STAGE_COLORS[c.stage]}>{t(`stages.${c.stage}`)}</Tag>,
    },
    { key: 'tier', title: t('customers.fields.tier'), width: 70, render: (_, c) => c.tier ?? '' },
    {
      key: 'health',
      title: t('relationship.healthColumn'),
      width: 90,
      render: (_, c) =>
        c.healthScore === null ? (
          ''
        ) : (
          <Tag color={c.healthScore >= 70 ? 'green' : c.healthScore >= 40 ? 'gold' : 'red'}>
            {c.healthScore}
          </Tag>
        ),
    },
    {
      key: 'industry',
      title: t('customers.fields.industry'),
      width: 180,
      render: (_, c) => c.industry ?? '',
    },
    {
      key: 'tags',
      title: t('customers.fields.tags'),
      width: 220,
      render: (_, c) => c.tags.map((x) => <Tag key={x}>{x}</Tag>),
    },
    {
      key: 'owner',
      title: t('customers.fields.owner'),
      width: 140,
      render: (_, c) => names.user(c.ownerId),
    },
    {
      key: 'team',
      title: t('customers.fields.team'),
      width: 180,
      render: (_, c) => names.team(c.teamId),
    },
    {
      key: 'timeZone',
      title: t('customers.fields.timeZone'),
      width: 170,
      render: (_, c) => c.timeZone ?? '',
    },
    {
      key: 'source',
      title: t('customers.fields.source'),
      width: 160,
      render: (_, c) => c.source ?? '',
    },
    {
      key: 'revenue',
      title: t('value.tiers.revenue'),
      width: 150,
      align: 'right',
      render: (_, c) =>
        c.revenueMinor === null || !reporting
          ? ''
          : formatMoney(c.revenueMinor, reporting, i18n.language),
    },
    {
      key: 'lastOrder',
      title: t('value.customer.lastOrder'),
      width: 120,
      render: (_, c) => c.lastOrderDate ?? '',
    },
    {
      key: 'createdAt',
      title: t('customers.fields.createdAt'),
      width: 120,
      render: (_, c) => c.createdAt.slice(0, 10),
    },
  ];
  const columns = all.filter(
    (c) => !OPTIONAL.includes(c.key as never) || visible.includes(String(c.key)),
  );
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false);

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
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {filters.deleted ? t('customers.trash') : t('customers.title')}
        </Typography.Title>
        <Space>
          <Popover
            content={chooser}
            title={t('customers.columns')}
            trigger="click"
            placement="bottomRight"
          >
            <Button icon={<SettingOutlined />}>{t('customers.columns')}</Button>
          </Popover>
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
          locale={{
            emptyText: (
              <Empty
                description={
                  filters.deleted
                    ? t('customers.emptyTrash')
                    : filtered
                      ? t('customers.emptyFiltered')
                      : t('customers.empty')
                }
              />
            ),
          }}
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
