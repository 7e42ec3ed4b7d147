import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../../src/domain/sales/product.ts';
import { client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';

export type ProductItem = ResponseOf<'/products'>['items'][number];

/** A product searched by SKU or name; `onPick` also hands over the product picked. */
export function ProductPicker(props: {
  value?: string;
  onChange?: (id: string) => void;
  onPick?: (product: ProductItem | undefined) => void;
  disabled?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  /** only products on sale (a quote cannot offer a retired one) */
  activeOnly?: boolean;
  testId?: string;
}) {
  const { i18n } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: qk.products.list({ pick: q, active: props.activeOnly }),
    queryFn: () =>
      unwrap(
        client.GET('/products', {
          params: {
            query: { q: q || undefined, limit: 30, ...(props.activeOnly ? { active: true } : {}) },
          },
        }),
      ),
  });
  const items = found.data?.items ?? [];
  // A chosen product beyond the first page of the search still shows its SKU and name.
  const missing = !!props.value && found.isSuccess && !items.some((p) => p.id === props.value);
  const chosen = useQuery({
    queryKey: qk.products.one(props.value ?? ''),
    enabled: missing,
    queryFn: () =>
      unwrap(client.GET('/products/{id}', { params: { path: { id: props.value ?? '' } } })),
  });
  const options = missing && chosen.data ? [chosen.data, ...items] : items;
  return (
    <Select
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={props.value}
      onChange={(id: string | undefined) => {
        props.onChange?.(id as string);
        props.onPick?.(options.find((p) => p.id === id));
      }}
      allowClear={props.allowClear}
      placeholder={props.placeholder}
      disabled={props.disabled}
      loading={found.isFetching}
      data-testid={props.testId}
      options={options.map((p) => ({
        value: p.id,
        label: `${p.sku} · ${nameIn(p.names, i18n.language) ?? ''}`,
      }))}
    />
  );
}

/** A customer in the caller's scope, searched by name, domain or email. */
export function CustomerPicker(props: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  style?: CSSProperties;
  placeholder?: string;
}) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: qk.customers.pick(q),
    queryFn: () =>
      unwrap(client.GET('/customers', { params: { query: { q: q || undefined, limit: 20 } } })),
  });
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      onSearch={setQ}
      value={props.value}
      onChange={props.onChange}
      style={props.style}
      placeholder={props.placeholder}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((c) => ({
        value: c.id,
        label: `${c.name} · ${c.country}${c.currency ? ` · ${c.currency}` : ''}`,
      }))}
    />
  );
}
