import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  List,
  Segmented,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, get } from '../api/client.ts';
import type { Customer, Tier } from '../api/types.ts';
import { formatMoney } from '../lib/format.ts';
import { OrderFormModal } from './OrderFormModal.tsx';
import type { Order, Totals } from './types.ts';

/** A customer's orders, totals per currency and converted, and its tier (lockable by hand). */
export function CustomerValueCard({
  customer,
  readOnly,
}: {
  customer: Customer;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const orders = useQuery({
    queryKey: ['orders', 'customer', customer.id],
    queryFn: () => get<{ items: Order[]; totals: Totals }>(`/customers/${customer.id}/orders`),
  });
  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);
  const setTier = async (tier: Tier | null, locked: boolean) => {
    try {
      await api('PUT', `/customers/${customer.id}/tier`, { tier, locked });
      void qc.invalidateQueries({ queryKey: ['customer', customer.id] });
      void qc.invalidateQueries({ queryKey: ['customers'] });
    } catch (err) {
      void message.error(String(err));
    }
  };
  const totals = orders.data?.totals;

  return (
    <Card
      title={t('value.customer.title')}
      extra={
        !readOnly && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('value.orders.add')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Space wrap>
          <Typography.Text type="secondary">{t('value.customer.tier')}</Typography.Text>
          <Segmented
            size="small"
            disabled={readOnly}
            value={customer.tier ?? '-'}
            options={['A', 'B', 'C', '-']}
            onChange={(v) => void setTier(v === '-' ? null : (v as Tier), customer.tierLocked)}
          />
          <Checkbox
            disabled={readOnly}
            checked={customer.tierLocked}
            onChange={(e) => void setTier(customer.tier, e.target.checked)}
          >
            {t('value.customer.lock')}
          </Checkbox>
          {customer.rfm && <Tag>{`${t('value.customer.rfm')} ${customer.rfm}`}</Tag>}
          {customer.lastOrderDate && (
            <Typography.Text type="secondary">
              {t('value.customer.lastOrder')}: {customer.lastOrderDate}
            </Typography.Text>
          )}
        </Space>
        {totals && totals.byCurrency.length > 0 && (
          <Flex vertical gap={4}>
            <Typography.Text strong>
              {t('value.customer.total')}:{' '}
              {money(totals.converted.amountMinor, totals.converted.currency)}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('value.customer.byCurrency')}:{' '}
              {totals.byCurrency.map((c) => money(c.amountMinor, c.currency)).join(' · ')}
            </Typography.Text>
            {totals.unconverted.map((u) => (
              <Typography.Text key={u.currency} type="warning">
                {t('value.customer.noRate', { currency: u.currency, count: u.orders })}
              </Typography.Text>
            ))}
          </Flex>
        )}
        <List
          size="small"
          loading={orders.isPending}
          dataSource={orders.data?.items.slice(0, 10) ?? []}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('value.orders.none')} />
            ),
          }}
          renderItem={(o) => (
            <List.Item extra={<Tag>{t(`value.orders.statuses.${o.status}`)}</Tag>}>
              <Space>
                <Typography.Text>{o.orderDate}</Typography.Text>
                <Typography.Text type="secondary">{o.number}</Typography.Text>
                <Typography.Text delete={o.status === 'cancelled'}>
                  {money(o.amountMinor, o.currency)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Flex>
      <OrderFormModal
        open={adding}
        customer={{ id: customer.id, name: customer.name, currency: customer.currency ?? 'USD' }}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          void qc.invalidateQueries({ queryKey: ['orders'] });
          void qc.invalidateQueries({ queryKey: ['customer', customer.id] });
        }}
      />
    </Card>
  );
}
