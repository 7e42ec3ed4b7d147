import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { PriceList, PriceListItem } from '../api/models.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { currencyDigits, toMinor } from '../lib/format.ts';
import { ProductPicker } from './pickers.tsx';

interface Values {
  productId: string;
  breaks: { minQuantity: number; price: number }[];
}

/** Sets one product's quantity breaks in a list (a new product, or the prices of one listed). */
export function BreaksModal(props: {
  list: PriceList;
  item?: PriceListItem;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const digits = currencyDigits(props.list.currency);
  const major = (minor: number) => minor / 10 ** digits;

  const save = async (v: Values) => {
    setSaving(true);
    try {
      await unwrap(
        client.POST('/price-lists/{id}/items', {
          params: { path: { id: props.list.id } },
          body: {
            items: [
              {
                productId: props.item?.productId ?? v.productId,
                breaks: v.breaks.map((b) => ({
                  minQuantity: b.minQuantity,
                  unitPriceMinor: toMinor(b.price, props.list.currency),
                })),
              },
            ],
          },
        }),
      );
      props.onSaved();
    } catch (err) {
      // Errors name `/items/0/…`: shown under the form, in the reader's language.
      const rest = applyFieldErrors(form, err, t, { known: [] });
      void message.error(rest.map((e) => e.message).join('; ') || t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={
        props.item
          ? `${t('priceLists.editPrices')} · ${props.item.sku}`
          : t('priceLists.addProduct')
      }
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'breaks-save' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          breaks: props.item
            ? props.item.breaks.map((b) => ({
                minQuantity: b.minQuantity,
                price: major(b.unitPriceMinor),
              }))
            : [{ minQuantity: 1 }],
        }}
      >
        {!props.item && (
          <Form.Item
            name="productId"
            label={t('priceLists.product')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <ProductPicker testId="breaks-product" />
          </Form.Item>
        )}
        <Typography.Paragraph type="secondary">{t('priceLists.breaksHint')}</Typography.Paragraph>
        <Form.List name="breaks">
          {(rows, { add, remove }) => (
            <Flex vertical gap={8}>
              {rows.map((row) => (
                <Flex key={row.key} gap={8} align="start">
                  <Form.Item
                    name={[row.name, 'minQuantity']}
                    rules={[{ required: true, message: t('errors.required') }]}
                    style={{ margin: 0, flex: 1 }}
                  >
                    <InputNumber
                      min={1}
                      precision={0}
                      style={{ width: '100%' }}
                      placeholder={t('priceLists.minQuantity')}
                      addonBefore="≥"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'price']}
                    rules={[{ required: true, message: t('errors.required') }]}
                    style={{ margin: 0, flex: 1 }}
                  >
                    <InputNumber
                      min={0}
                      precision={digits}
                      style={{ width: '100%' }}
                      placeholder={t('priceLists.unitPrice')}
                      addonAfter={props.list.currency}
                      data-testid="break-price"
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(row.name)}
                    aria-label={t('common.delete')}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({})}
                style={{ alignSelf: 'start' }}
              >
                {t('priceLists.addBreak')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
