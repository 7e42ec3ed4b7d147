import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { nameIn } from '../../../src/domain/sales/product.ts';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { ProductForm } from './ProductForm.tsx';

/** One product to read or (admins, managers) edit; `/products/new` starts an empty one. */
export function ProductPage() {
  const { t, i18n } = useTranslation();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const product = useQuery({
    queryKey: qk.products.one(id),
    queryFn: () => unwrap(client.GET('/products/{id}', { params: { path: { id } } })),
    enabled: !isNew,
  });
  const back = (
    <Link to="/products">
      <ArrowLeftOutlined /> {t('products.backToList')}
    </Link>
  );
  if (!isNew && product.isPending) return <Spin style={{ display: 'block', marginTop: '20vh' }} />;
  if (!isNew && !product.data)
    return <Result status="404" title={t('products.notFound')} extra={<Button>{back}</Button>} />;
  const title = product.data
    ? `${product.data.sku} · ${nameIn(product.data.names, i18n.language) ?? ''}`
    : t('products.new');
  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      {back}
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {/* A fresh form per product: its initial values are read once. */}
      <ProductForm key={product.data?.id ?? 'new'} product={product.data} />
    </Flex>
  );
}
