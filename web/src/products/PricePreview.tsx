import { useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Flex, Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { formatMoney } from '../lib/format.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { ApiError } from '../api/client.ts';
import { CustomerPicker, ProductPicker } from './pickers.tsx';

/** Which price a customer would pay, by the same rule quotes use (GET /products/{id}/price). */
export function PricePreview() {
  const { t, i18n } = useTranslation();
  const [productId, setProductId] = useState<string>();
  const [customerId, setCustomerId] = useState<string>();
  const [quantity, setQuantity] = useState<number>(1);
  const [date, setDate] = useState<Dayjs>(dayjs());
  const params = { productId, customerId, quantity, date: date.format('YYYY-MM-DD') };
  const price = useQuery({
    queryKey: qk.priceLists.price(params),
    enabled: !!productId && quantity > 0,
    retry: false,
    queryFn: () =>
      unwrap(
        client.GET('/products/{id}/price', {
          params: {
            path: { id: productId ?? '' },
            query: { customerId, quantity, date: params.date },
          },
        }),
      ),
  });
  const p = price.data?.price;
  return (
    <Card size="small" title={t('priceLists.preview.title')}>
      <Form layout="vertical">
        <Flex wrap gap={12}>
          <Form.Item label={t('priceLists.product')} style={{ minWidth: 240, flex: 2, margin: 0 }}>
            <ProductPicker value={productId} onChange={setProductId} testId="preview-product" />
          </Form.Item>
          <Form.Item
            label={t('priceLists.preview.customer')}
            extra={t('priceLists.preview.customerHint')}
            style={{ minWidth: 240, flex: 2, margin: 0 }}
          >
            <CustomerPicker value={customerId} onChange={setCustomerId} />
          </Form.Item>
          <Form.Item label={t('priceLists.preview.quantity')} style={{ width: 120, margin: 0 }}>
            <InputNumber
              min={0.001}
              value={quantity}
              onChange={(v) => setQuantity(v ?? 1)}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item label={t('priceLists.preview.date')} style={{ width: 160, margin: 0 }}>
            <DatePicker
              value={date}
              allowClear={false}
              onChange={(d) => setDate(d ?? dayjs())}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Flex>
      </Form>
      {price.error instanceof ApiError && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          title={
            price.error.errors.map((e) => translateFieldError(e, t)).join(' · ') ||
            price.error.message
          }
        />
      )}
      {price.data && (
        <Alert
          style={{ marginTop: 12 }}
          type={p ? 'success' : 'warning'}
          data-testid="price-preview"
          title={
            p
              ? t('priceLists.preview.result', {
                  price: formatMoney(p.unitPriceMinor, p.currency, i18n.language),
                  quantity: p.minQuantity,
                  list: p.priceList.name,
                  scope: t(`priceLists.scopes.${p.priceList.scope}`),
                })
              : t('priceLists.preview.none')
          }
        />
      )}
      <Alert style={{ marginTop: 12 }} type="info" title={t('priceLists.rule')} />
    </Card>
  );
}
