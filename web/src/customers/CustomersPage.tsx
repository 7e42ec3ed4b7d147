import { DeleteOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  Empty,
  Flex,
  Input,
  Popover,
  Result,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNameOf, useTeams, useUsers } from '../api/queries.ts';
import type { Customer } from '../api/types.ts';
import { countryName, countryOptions, flag } from '../lib/countries.ts';
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
  const users = useUsers().data ?? [];
  const teams = useTeams().data ?? [];
  const [filters, setFilters] = useState<CustomerFilters>({});
  const [search, setSearch] = useState('');
  const [visible, setVisible] = useState<string[]>(savedColumns);
  const [creating, setCreating] = useState(false);
  const list = useCustomerList(filters);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  const set = (patch: Partial<CustomerFilters>) => setFilters((f) => ({ ...f, ...patch }));
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
        label: k === 'health' ? t('relationship.healthColumn') : t(`customers.fields.${k}`),
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
      <Flex wrap gap={8} align="center">
        <Input.Search
          allowClear
          placeholder={t('customers.searchPlaceholder')}
          style={{ width: 360 }}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            if (!e.target.value) set({ q: undefined });
          }}
          onSearch={(v) => set({ q: v.trim() || undefined })}
          data-testid="customer-search"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('customers.fields.country')}
          style={{ width: 200 }}
          options={countries}
          value={filters.country}
          onChange={(v) => set({ country: v })}
        />
        <Select
          allowClear
          placeholder={t('customers.fields.stage')}
          style={{ width: 130 }}
          value={filters.stage}
          onChange={(v) => set({ stage: v })}
          options={['lead', 'prospect', 'customer', 'partner', 'churned'].map((s) => ({
            value: s,
            label: t(`stages.${s}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('customers.fields.tier')}
          style={{ width: 100 }}
          value={filters.tier}
          onChange={(v) => set({ tier: v })}
          options={['A', 'B', 'C'].map((s) => ({ value: s, label: s }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('customers.fields.owner')}
          style={{ width: 160 }}
          value={filters.ownerId}
          onChange={(v) => set({ ownerId: v })}
          options={users.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          allowClear
          placeholder={t('customers.fields.team')}
          style={{ width: 200 }}
          value={filters.teamId}
          onChange={(v) => set({ teamId: v })}
          options={teams.map((x) => ({ value: x.id, label: x.name }))}
        />
        <Input
          allowClear
          placeholder={t('customers.fields.tags')}
          style={{ width: 160 }}
          onPressEnter={(e) => set({ tag: e.currentTarget.value.trim() || undefined })}
          onChange={(e) => !e.target.value && set({ tag: undefined })}
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('relationship.healthColumn')}
          value={filters.healthBelow}
          onChange={(v?: number) => set({ healthBelow: v })}
          options={[40, 70].map((n) => ({ value: n, label: t('relationship.healthBelow', { n }) }))}
        />
        <Select
          style={{ width: 170 }}
          value={filters.sort ?? 'newest'}
          onChange={(v: 'newest' | 'health') => set({ sort: v === 'newest' ? undefined : v })}
          options={[
            { value: 'newest', label: t('customers.fields.createdAt') },
            { value: 'health', label: t('relationship.sortHealth') },
          ]}
        />
        <Space size={4}>
          <DeleteOutlined />
          <Switch
            size="small"
            checked={!!filters.deleted}
            onChange={(v) => set({ deleted: v || undefined })}
            aria-label={t('customers.showTrash')}
          />
          <Typography.Text type="secondary">{t('customers.showTrash')}</Typography.Text>
        </Space>
        {filtered && (
          <Button
            type="link"
            onClick={() => {
              setFilters({});
              setSearch('');
            }}
          >
            {t('common.clearFilters')}
          </Button>
        )}
      </Flex>
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
