import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Space, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSegments, useTeams, useUsers } from '../api/queries.ts';
import { countryOptions } from '../lib/countries.ts';
import type { CustomerFilters } from './useCustomerList.ts';
import { STAGES, TIERS } from '../../../src/domain/enums.ts';

/** The customer list's search and filters: a saved segment, country, stage, tier, owner, … */
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
  const filtered =
    Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false) || search !== '';

  return (
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
        placeholder={t('nav.segments')}
        style={{ width: 180 }}
        options={(segments.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
        value={filters.segmentId}
        onChange={(v) => set({ segmentId: v })}
        data-testid="segment-filter"
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
        options={STAGES.map((s) => ({
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
        options={TIERS.map((s) => ({ value: s, label: s }))}
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
  );
}
