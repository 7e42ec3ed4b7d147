import { useQuery } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { Customer } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { currencyOptions, toMinor } from '../lib/format.ts';
import { ORDER_STATUSES, type Order, type OrderStatus } from './types.ts';

interface Values {
  customerId: string;
  number: string;
  orderDate: Dayjs;
  amount: number;
  currency: string;
  status: OrderStatus;
}

/** Records an order in its own currency; the customer is searched by name, domain or email. */
export function OrderFormModal(props: {
  open: boolean;
  customer?: Pick<Customer, 'id' | 'name' | 'currency'>;
  onClose: () => void;
  onSaved: (o: Order) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: qk.customers.pick(q),
    queryFn: () => unwrap(client.GET('/customers', { params: { query: { q, limit: 20 } } })),
    enabled: props.open && !props.customer,
  });
  const currencies = useMemo(() => currencyOptions(i18n.language), [i18n.language]);
  const save = async (v: Values) => {
    setSaving(true);
    try {
      const order = await unwrap(
        client.POST('/orders', {
          body: {
            customerId: props.customer?.id ?? v.customerId,
            number: v.number,
            orderDate: v.orderDate.format('YYYY-MM-DD'),
            amountMinor: toMinor(v.amount, v.currency),
            currency: v.currency,
            status: v.status,
          },
        }),
      );
      props.onSaved(order);
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['customerId', 'number', 'orderDate', 'currency', 'status'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(rest.map((e) => e.message).join('; ') || String(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <FormModal<Values>
      open={props.open}
      title={t('value.orders.add')}
      form={form}
      initialValues={{
        orderDate: dayjs(),
        currency: props.customer?.currency ?? 'USD',
        status: 'open',
      }}
      onFinish={save}
      onClose={props.onClose}
      saving={saving}
      width={640}
      saveTestId="order-save"
    >
      {props.customer ? (
        <Form.Item label={t('value.orders.customer')}>
          <Input value={props.customer.name} disabled />
        </Form.Item>
      ) : (
        <Form.Item
          name="customerId"
          label={t('value.orders.customer')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            loading={found.isFetching}
            options={(found.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      )}
      <Form.Item name="number" label={t('value.orders.number')} rules={[{ required: true }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="orderDate" label={t('value.orders.date')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="currency" label={t('value.orders.currency')} rules={[{ required: true }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={currencies} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('value.orders.amount')}
        extra={t('value.orders.amountHint')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="status" label={t('value.orders.status')}>
        <Select
          options={ORDER_STATUSES.map((s) => ({
            value: s,
            label: t(`value.orders.statuses.${s}`),
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}
