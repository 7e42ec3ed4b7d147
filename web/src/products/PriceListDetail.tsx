import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nameIn } from '../../../src/domain/sales/product.ts';
import { client, unwrap } from '../api/client.ts';
import type { PriceList, PriceListItem } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryName } from '../lib/countries.ts';
import { formatMoney } from '../lib/format.ts';
import { BreaksModal } from './BreaksModal.tsx';
import { useMayEditCatalogue } from './useProducts.ts';

/** Whom a list applies to, in words. */
export function useScopeLabel() {
  const { t, i18n } = useTranslation();
  return (l: PriceList) =>
    l.scope === 'country' && l.country
      ? countryName(l.country, i18n.language)
      : l.scope === 'segment'
        ? (l.segmentName ?? t('priceLists.segmentGone'))
        : t('priceLists.scopes.default');
}

/** One list: its header and its products with their breaks, editable by admins and managers. */
export function PriceListDetail(props: {
  list: PriceList;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const mayEdit = useMayEditCatalogue();
  const scopeLabel = useScopeLabel();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<PriceListItem | 'new' | null>(null);
  const l = props.list;
  const items = useInfiniteQuery({
    queryKey: qk.priceLists.items(l.id, q),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/price-lists/{id}/items', {
          params: {
            path: { id: l.id },
            query: { q: q || undefined, cursor: pageParam, limit: 100 },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = useMemo(() => items.data?.pages.flatMap((p) => p.items) ?? [], [items.data]);
  const refresh = () => void qc.invalidateQueries({ queryKey: qk.priceLists.all() });
  const money = (minor: number) => formatMoney(minor, l.currency, i18n.language);

  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title={l.name}
        extra={
          mayEdit && (
            <Space>
              <Button
                icon={<EditOutlined />}
                onClick={props.onEdit}
                aria-label={t('common.edit')}
              />
              <Popconfirm
                title={t('priceLists.deleteConfirm')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={async () => {
                  await unwrap(
                    client.DELETE('/price-lists/{id}', { params: { path: { id: l.id } } }),
                  );
                  refresh();
                  props.onDeleted();
                }}
              >
                <Button danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
              </Popconfirm>
            </Space>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('priceLists.currency')}>{l.currency}</Descriptions.Item>
          <Descriptions.Item label={t('priceLists.validFrom')}>
            {l.validFrom} – {l.validTo ?? t('priceLists.openEnded')}
          </Descriptions.Item>
          <Descriptions.Item label={t('priceLists.appliesTo')}>{scopeLabel(l)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Flex justify="space-between" wrap gap={8}>
        <Input.Search
          allowClear
          style={{ maxWidth: 320 }}
          placeholder={t('products.search')}
          onSearch={setQ}
        />
        {mayEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-price">
            {t('priceLists.addProduct')}
          </Button>
        )}
      </Flex>
      <Table<PriceListItem>
        rowKey="productId"
        size="small"
        loading={items.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('priceLists.noItems') }}
        columns={[
          {
            title: t('products.fields.sku'),
            render: (_, i) => (
              <Link to={`/products/${i.productId}`}>
                {i.sku} {!i.active && <Tag>{t('products.retired')}</Tag>}
              </Link>
            ),
          },
          { title: t('products.fields.name'), render: (_, i) => nameIn(i.names, i18n.language) },
          {
            title: t('priceLists.breaks'),
            render: (_, i) => (
              <Flex vertical>
                {i.breaks.map((b) => (
                  <Typography.Text key={b.minQuantity} style={{ whiteSpace: 'nowrap' }}>
                    {t('priceLists.from', { quantity: b.minQuantity })}: {money(b.unitPriceMinor)} /{' '}
                    {t(`products.units.${i.unit}`, { defaultValue: i.unit })}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
          ...(mayEdit
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, i: PriceListItem) => (
                    <Space>
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(i)}
                        aria-label={t('priceLists.editPrices')}
                      />
                      <Popconfirm
                        title={t('priceLists.removeConfirm')}
                        okText={t('common.yes')}
                        cancelText={t('common.no')}
                        onConfirm={async () => {
                          await unwrap(
                            client.DELETE('/price-lists/{id}/items/{productId}', {
                              params: { path: { id: l.id, productId: i.productId } },
                            }),
                          );
                          refresh();
                        }}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('priceLists.removeProduct')}
                        />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {items.hasNextPage && (
        <Button loading={items.isFetchingNextPage} onClick={() => void items.fetchNextPage()}>
          {t('products.loadMore')}
        </Button>
      )}
      {editing && (
        <BreaksModal
          list={l}
          item={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
    </Flex>
  );
}
