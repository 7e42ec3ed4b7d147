import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAYMENT_EVENTS, PAYMENT_EVENTS_WITH_DAYS } from './types.ts';

export interface InstalmentValues {
  percent?: number;
  event?: (typeof PAYMENT_EVENTS)[number];
  days?: number | null;
}

const withDays = new Set<string>(PAYMENT_EVENTS_WITH_DAYS);

/** Instalments, each due on an event (T/T on order, against the B/L copy, L/C…), adding to 100 %. */
export function PaymentTerms({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const terms = Form.useWatch<InstalmentValues[] | undefined>('paymentTerms', form);
  const sum = (terms ?? []).reduce((s, x) => s + (x?.percent ?? 0), 0);
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('quotes.editor.paymentTerms')}
      </Typography.Title>
      <Form.List name="paymentTerms">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Flex key={f.key} wrap gap={8} align="start">
                <Form.Item name={[f.name, 'percent']} style={{ flex: '0 1 90px', margin: 0 }}>
                  <InputNumber
                    addonAfter="%"
                    min={0}
                    max={100}
                    style={{ width: '100%' }}
                    disabled={disabled}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'event']} style={{ flex: '2 1 220px', margin: 0 }}>
                  <Select
                    placeholder={t('quotes.editor.event')}
                    disabled={disabled}
                    options={PAYMENT_EVENTS.map((e) => ({
                      value: e,
                      label: t(`quotes.events.${e}`),
                    }))}
                  />
                </Form.Item>
                {terms?.[i]?.event && withDays.has(terms[i].event) && (
                  <Form.Item name={[f.name, 'days']} style={{ flex: '0 1 110px', margin: 0 }}>
                    <InputNumber
                      placeholder={t('quotes.editor.days')}
                      min={1}
                      max={365}
                      style={{ width: '100%' }}
                      disabled={disabled}
                    />
                  </Form.Item>
                )}
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
            <Flex gap={12} align="center" wrap>
              {!disabled && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ percent: Math.max(0, 100 - sum) })}
                >
                  {t('quotes.editor.addInstalment')}
                </Button>
              )}
              {fields.length > 0 && (
                <Typography.Text type={Math.abs(sum - 100) < 0.001 ? 'secondary' : 'danger'}>
                  {t('quotes.editor.instalmentsSum', { sum })}
                </Typography.Text>
              )}
            </Flex>
          </>
        )}
      </Form.List>
    </Flex>
  );
}
