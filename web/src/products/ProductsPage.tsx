import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, List, Segmented, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { nameIn } from '../../../src/domain/sales/product.ts';
import type { Product } from '../api/models.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { useMayEditCatalogue, useProductList } from './useProducts.ts';

type Shown = 'all' | 'active' | 'retired';

/** The catalogue: search by SKU or any name, active or retired, a table or (on a phone) cards. */
export function ProductsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const mayEdit = useMayEditCatalogue();
  const [q, setQ] = useState('');
  const [shown, setShown] = useState<Shown>('all');
  const filters = {
    q: q.trim() || undefined,
    active: shown === 'all' ? undefined : shown === 'active',
  };
  const list = useProductList(filters);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const name = (p: Product) => nameIn(p.names, i18n.language) ?? '—';
  const unit = (p: Product) => t(`products.units.${p.unit}`);
  const empty = (
    <Empty description={q || shown !== 'all' ? t('products.emptyFiltered') : t('products.empty')} />
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('products.title')}
        </Typography.Title>
        {mayEdit && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/products/new')}
            data-testid="new-product"
          >
            {t('products.new')}
          </Button>
        )}
      </Flex>
      <Flex wrap gap={8}>
        <Input.Search
          allowClear
          style={{ maxWidth: phone ? '100%' : 360 }}
          placeholder={t('products.search')}
          onSearch={setQ}
          data-testid="product-search"
        />
        <Segmented<Shown>
          value={shown}
          onChange={setShown}
          options={(['all', 'active', 'retired'] as const).map((v) => ({
            value: v,
            label: t(`products.${v}`),
          }))}
        />
      </Flex>
      {phone ? (
        <List<Product>
          dataSource={rows}
          loading={list.isPending}
          split={false}
          locale={{ emptyText: empty }}
          renderItem={(p) => (
            <List.Item style={{ padding: '0 0 8px' }}>
              <Card
                size="small"
                hoverable
                style={{ width: '100%' }}
                onClick={() => void navigate(`/products/${p.id}`)}
              >
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{p.sku}</Typography.Text>
                  {!p.active && <Tag>{t('products.retired')}</Tag>}
                </Flex>
                <div>{name(p)}</div>
                <Typography.Text type="secondary">
                  {[unit(p), p.hsCode, p.moq && `MOQ ${p.moq}`].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<Product>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: empty }}
          onRow={(p) => ({
            onClick: () => void navigate(`/products/${p.id}`),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: t('products.fields.sku'),
              render: (_, p) => <Link to={`/products/${p.id}`}>{p.sku}</Link>,
            },
            { title: t('products.fields.name'), render: (_, p) => name(p) },
            { title: t('products.fields.unit'), render: (_, p) => unit(p) },
            { title: t('products.fields.hsCode'), dataIndex: 'hsCode' },
            { title: t('products.fields.moq'), dataIndex: 'moq', align: 'right' },
            { title: t('products.fields.leadTimeDays'), dataIndex: 'leadTimeDays', align: 'right' },
            {
              title: t('products.fields.active'),
              render: (_, p) =>
                p.active ? (
                  <Tag color="green">{t('products.active')}</Tag>
                ) : (
                  <Tag>{t('products.retired')}</Tag>
                ),
            },
          ]}
        />
      )}
      {list.hasNextPage && (
        <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('products.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
