import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../../src/domain/sales/product.ts';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';

/** A product searched by SKU or name. */
export function ProductPicker(props: {
  value?: string;
  onChange?: (id: string) => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { i18n } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: qk.products.list({ pick: q }),
    queryFn: () =>
      unwrap(client.GET('/products', { params: { query: { q: q || undefined, limit: 30 } } })),
  });
  return (
    <Select
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={props.value}
      onChange={props.onChange}
      disabled={props.disabled}
      loading={found.isFetching}
      data-testid={props.testId}
      options={(found.data?.items ?? []).map((p) => ({
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
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((c) => ({
        value: c.id,
        label: `${c.name} · ${c.country}${c.currency ? ` · ${c.currency}` : ''}`,
      }))}
    />
  );
}
