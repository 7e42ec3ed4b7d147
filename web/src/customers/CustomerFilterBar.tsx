import { DeleteOutlined, FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Flex, Input, Select, Space, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSegments, useTeams, useUsers } from '../api/queries.ts';
import { countryOptions } from '../lib/countries.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import type { CustomerFilters } from './useCustomerList.ts';
import { STAGES, TIERS } from '../../../src/domain/enums.ts';

/**
 * The customer list's search and filters: a saved segment, country, stage, tier, owner, … On a
 * phone the search stays in sight and the filters open in a sheet from the bottom.
 */
export function CustomerFilterBar(props: {
  filters: CustomerFilters;
  onChange: (f: CustomerFilters) => void;
  search: string;
  onSearchChange: (s: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { filters, search } = props;
  const users = useUsers().data ?? [];
  const teams = useTeams().data ?? [];
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const segments = useSegments();
  const set = (patch: Partial<CustomerFilters>) => props.onChange({ ...filters, ...patch });
  const setSearch = props.onSearchChange;
  const setFilters = props.onChange;
  const active = Object.entries(filters).filter(
    ([k, v]) => k !== 'q' && v !== undefined && v !== '' && v !== false,
  ).length;
  const filtered = active > 0 || !!filters.q || search !== '';
  const phone = useIsPhone();
  const [sheet, setSheet] = useState(false);
  // Fixed widths line the filters up on a desk; in the phone's sheet each takes the whole row.
  const w = (px: number) => ({ width: phone ? '100%' : px });

  const searchBox = (
    <Input.Search
      allowClear
      placeholder={t('customers.searchPlaceholder')}
      style={phone ? { flex: 1, minWidth: 0 } : { width: 360 }}
      value={search}
      onChange={(e) => {
        setSearch(e.target.value);
        if (!e.target.value) set({ q: undefined });
      }}
      onSearch={(v) => set({ q: v.trim() || undefined })}
      data-testid="customer-search"
    />
  );
  const controls = (
    <>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('nav.segments')}
        style={w(180)}
        options={(segments.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
        value={filters.segmentId}
        onChange={(v) => set({ segmentId: v })}
        data-testid="segment-filter"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('customers.fields.country')}
        style={w(200)}
        options={countries}
        value={filters.country}
        onChange={(v) => set({ country: v })}
      />
      <Select
        allowClear
        placeholder={t('customers.fields.stage')}
        style={w(130)}
        value={filters.stage}
        onChange={(v) => set({ stage: v })}
        options={STAGES.map((s) => ({
          value: s,
          label: t(`stages.${s}`),
        }))}
      />
      <Select
        allowClear
        placeholder={t('customers.fields.tier')}
        style={w(100)}
        value={filters.tier}
        onChange={(v) => set({ tier: v })}
        options={TIERS.map((s) => ({ value: s, label: s }))}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('customers.fields.owner')}
        style={w(160)}
        value={filters.ownerId}
        onChange={(v) => set({ ownerId: v })}
        options={users.map((u) => ({ value: u.id, label: u.name }))}
      />
      <Select
        allowClear
        placeholder={t('customers.fields.team')}
        style={w(200)}
        value={filters.teamId}
        onChange={(v) => set({ teamId: v })}
        options={teams.map((x) => ({ value: x.id, label: x.name }))}
      />
      <Input
        allowClear
        placeholder={t('customers.fields.tags')}
        style={w(160)}
        onPressEnter={(e) => set({ tag: e.currentTarget.value.trim() || undefined })}
        onChange={(e) => !e.target.value && set({ tag: undefined })}
      />
      <Select
        allowClear
        style={w(150)}
        placeholder={t('relationship.healthColumn')}
        value={filters.healthBelow}
        onChange={(v?: number) => set({ healthBelow: v })}
        options={[40, 70].map((n) => ({ value: n, label: t('relationship.healthBelow', { n }) }))}
      />
      <Select
        style={w(170)}
        value={filters.sort ?? 'newest'}
        onChange={(v: 'newest' | 'health' | 'lead') =>
          set({ sort: v === 'newest' ? undefined : v })
        }
        options={[
          { value: 'newest', label: t('customers.fields.createdAt') },
          { value: 'health', label: t('relationship.sortHealth') },
          { value: 'lead', label: t('relationship.sortLead') },
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
    </>
  );

  if (!phone)
    return (
      <Flex wrap gap={8} align="center">
        {searchBox}
        {controls}
      </Flex>
    );
  return (
    <Flex gap={8} align="center">
      {searchBox}
      <Badge count={active} size="small">
        <Button icon={<FilterOutlined />} onClick={() => setSheet(true)} data-testid="filters">
          {t('phone.filters')}
        </Button>
      </Badge>
      <Drawer
        placement="bottom"
        size="70%"
        open={sheet}
        onClose={() => setSheet(false)}
        title={t('phone.filters')}
        footer={
          <Button type="primary" block onClick={() => setSheet(false)}>
            {t('phone.showResults')}
          </Button>
        }
      >
        <Flex vertical gap={10}>
          {controls}
        </Flex>
      </Drawer>
    </Flex>
  );
}
