import { Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { formatMoney } from '../lib/format.ts';
import { ProductPicker, type ProductItem } from '../products/pickers.tsx';

/**
 * The catalogue product of one quote line. Picking one fills the unit and HS code and asks the
 * server for this customer's price at the line's quantity (the rule price lists document); the
 * description is left empty so the server writes the product's name in the quote's language.
 */
export function LineProduct({ line, disabled }: { line: number; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const [note, setNote] = useState<string>();
  const field = (name: string) => ['lines', line, name];

  const pick = async (p: ProductItem | undefined) => {
    setNote(undefined);
    if (!p) return;
    form.setFieldValue(field('unit'), p.unit);
    form.setFieldValue(field('hsCode'), p.hsCode ?? undefined);
    form.setFieldValue(field('description'), undefined);
    const currency = form.getFieldValue('currency') as string;
    const quoteDate = form.getFieldValue('quoteDate') as Dayjs | undefined;
    const quantity = Number(form.getFieldValue(field('quantity'))) || 1;
    try {
      const found = await unwrap(
        client.GET('/products/{id}/price', {
          params: {
            path: { id: p.id },
            query: {
              customerId: (form.getFieldValue('customerId') as string | undefined) || undefined,
              quantity,
              date: quoteDate?.format('YYYY-MM-DD'),
            },
          },
        }),
      );
      const price = found.price;
      if (!price) return setNote(t('quotes.editor.noPrice'));
      const money = formatMoney(price.unitPriceMinor, price.currency, i18n.language);
      if (price.currency !== currency)
        return setNote(t('quotes.editor.priceOtherCurrency', { price: money, currency }));
      form.setFieldValue(field('unitPrice'), price.unitPriceMinor / 10 ** price.minorDigits);
      setNote(
        t('quotes.editor.priceFrom', {
          price: money,
          list: price.priceList.name,
          min: price.minQuantity,
        }),
      );
    } catch {
      setNote(t('quotes.editor.priceFailed'));
    }
  };

  return (
    <div style={{ flex: '2 1 200px' }}>
      <Form.Item name={[line, 'productId']} style={{ margin: 0 }}>
        <ProductPicker
          allowClear
          disabled={disabled}
          placeholder={t('quotes.editor.product')}
          onPick={(p) => void pick(p)}
          testId="quote-line-product"
        />
      </Form.Item>
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="quote-line-price">
          {note}
        </Typography.Text>
      )}
    </div>
  );
}
