import { Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
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

  // The price the picker last wrote: a quantity change re-prices the line (quantity breaks)
  // only while the user has not typed a price of their own.
  const auto = useRef<number | undefined>(undefined);
  const productId = Form.useWatch<string | undefined>(field('productId'), form);
  const quantity = Form.useWatch<number | undefined>(field('quantity'), form);

  const resolve = async (id: string) => {
    const currency = form.getFieldValue('currency') as string;
    const quoteDate = form.getFieldValue('quoteDate') as Dayjs | undefined;
    const qty = Number(form.getFieldValue(field('quantity'))) || 1;
    try {
      const found = await unwrap(
        client.GET('/products/{id}/price', {
          params: {
            path: { id },
            query: {
              customerId: (form.getFieldValue('customerId') as string | undefined) || undefined,
              quantity: qty,
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
      auto.current = price.unitPriceMinor / 10 ** price.minorDigits;
      form.setFieldValue(field('unitPrice'), auto.current);
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

  const pick = (p: ProductItem | undefined) => {
    setNote(undefined);
    auto.current = undefined;
    if (!p) return;
    form.setFieldValue(field('unit'), p.unit);
    form.setFieldValue(field('hsCode'), p.hsCode ?? undefined);
    form.setFieldValue(field('description'), undefined);
    void resolve(p.id);
  };

  useEffect(() => {
    if (disabled || !productId || auto.current === undefined) return;
    if (form.getFieldValue(field('unitPrice')) !== auto.current) return;
    const timer = setTimeout(() => void resolve(productId), 400);
    return () => clearTimeout(timer);
    // Only a new quantity re-prices; the other values are read when it changes.
  }, [quantity]);

  return (
    <div style={{ flex: '2 1 200px' }}>
      <Form.Item name={[line, 'productId']} style={{ margin: 0 }}>
        <ProductPicker
          allowClear
          activeOnly
          disabled={disabled}
          placeholder={t('quotes.editor.product')}
          onPick={pick}
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
