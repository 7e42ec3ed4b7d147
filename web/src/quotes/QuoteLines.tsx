import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, toMinor } from '../lib/format.ts';
import { LineProduct } from './LineProduct.tsx';
import { quoteTotals } from './types.ts';

export interface LineValues {
  productId?: string;
  description?: string;
  quantity?: number;
  unit?: string;
  unitPrice?: number;
  discountPercent?: number;
  hsCode?: string;
}

/** The totals the server will compute, from the same domain function, as the user types. */
export function liveTotals(lines: LineValues[] | undefined, currency: string) {
  return quoteTotals(
    (lines ?? []).map((l) => ({
      quantity: l.quantity && l.quantity > 0 ? l.quantity : 0,
      unitPriceMinor: Math.max(0, toMinor(l.unitPrice ?? 0, currency)),
      discountPercent: Math.min(100, Math.max(0, l.discountPercent ?? 0)),
    })),
  );
}

/** The items of a quote: each line wraps onto several rows on a phone. */
export function QuoteLines({ disabled, currency }: { disabled: boolean; currency: string }) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const lines = Form.useWatch<LineValues[] | undefined>('lines', form);
  const totals = liveTotals(lines, currency);
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('quotes.editor.lines')}
      </Typography.Title>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Flex key={f.key} wrap gap={8} align="start" data-testid="quote-line">
                <LineProduct line={f.name} disabled={disabled} />
                <Form.Item name={[f.name, 'description']} style={{ flex: '3 1 220px', margin: 0 }}>
                  <Input.TextArea
                    autoSize
                    placeholder={t(
                      lines?.[i]?.productId
                        ? 'quotes.editor.descriptionFromProduct'
                        : 'quotes.editor.description',
                    )}
                    disabled={disabled}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'quantity']} style={{ flex: '1 1 80px', margin: 0 }}>
                  <InputNumber
                    placeholder={t('quotes.editor.quantity')}
                    style={{ width: '100%' }}
                    disabled={disabled}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'unit']} style={{ flex: '1 1 70px', margin: 0 }}>
                  <Input placeholder={t('quotes.editor.unit')} disabled={disabled} />
                </Form.Item>
                <Form.Item name={[f.name, 'unitPrice']} style={{ flex: '1 1 110px', margin: 0 }}>
                  <InputNumber
                    placeholder={t('quotes.editor.unitPrice')}
                    style={{ width: '100%' }}
                    disabled={disabled}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'discountPercent']}
                  style={{ flex: '1 1 80px', margin: 0 }}
                >
                  <InputNumber
                    placeholder={t('quotes.editor.discount')}
                    style={{ width: '100%' }}
                    disabled={disabled}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'hsCode']} style={{ flex: '1 1 110px', margin: 0 }}>
                  <Input placeholder={t('quotes.editor.hsCode')} disabled={disabled} />
                </Form.Item>
                <Typography.Text
                  strong
                  style={{ flex: '1 1 110px', textAlign: 'end', paddingTop: 5 }}
                >
                  {money(totals.lines[i]?.totalMinor ?? 0)}
                </Typography.Text>
                {!disabled && (
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('common.delete')}
                  />
                )}
              </Flex>
            ))}
            {!disabled && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ quantity: 1 })}
                style={{ alignSelf: 'start' }}
              >
                {t('quotes.editor.addLine')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Flex vertical align="end" gap={2} data-testid="quote-totals">
        {totals.discountMinor > 0 && (
          <>
            <span>
              {t('quotes.editor.subtotal')}: {money(totals.subtotalMinor)}
            </span>
            <span>
              {t('quotes.editor.discountTotal')}: −{money(totals.discountMinor)}
            </span>
          </>
        )}
        <Typography.Text strong style={{ fontSize: 16 }} data-testid="quote-total">
          {t('quotes.editor.total')}: {money(totals.totalMinor)}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
