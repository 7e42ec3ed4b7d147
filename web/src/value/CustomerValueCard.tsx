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
import { client, unwrap } from '../api/client.ts';
import type { Customer, Tier } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { formatDate } from '../lib/format.ts';
import { Money } from '../lib/Money.tsx';
import { OrderFormModal } from './OrderFormModal.tsx';

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
    queryKey: qk.orders.ofCustomer(customer.id),
    queryFn: () =>
      unwrap(client.GET('/customers/{id}/orders', { params: { path: { id: customer.id } } })),
  });
  const money = (minor: number, currency: string) => <Money minor={minor} currency={currency} />;
  const setTier = async (tier: Tier | null, locked: boolean) => {
    try {
      await unwrap(
        client.PUT('/customers/{id}/tier', {
          params: { path: { id: customer.id } },
          body: { tier, locked },
        }),
      );
      void qc.invalidateQueries({ queryKey: qk.customer(customer.id) });
      void qc.invalidateQueries({ queryKey: qk.customers.all() });
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
            // The answer types the tier as a string; it is always one of the body's.
            onChange={(e) => void setTier(customer.tier as Tier | null, e.target.checked)}
          >
            {t('value.customer.lock')}
          </Checkbox>
          {customer.rfm && <Tag>{`${t('value.customer.rfm')} ${customer.rfm}`}</Tag>}
          {customer.lastOrderDate && (
            <Typography.Text type="secondary">
              {t('value.customer.lastOrder')}: {formatDate(customer.lastOrderDate, i18n.language)}
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
              {totals.byCurrency.map((c, i) => (
                <span key={c.currency}>
                  {i > 0 && ' · '}
                  {money(c.amountMinor, c.currency)}
                </span>
              ))}
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
              <Space wrap size={[8, 0]}>
                <Typography.Text>{formatDate(o.orderDate, i18n.language)}</Typography.Text>
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
          void qc.invalidateQueries({ queryKey: qk.orders.all() });
          void qc.invalidateQueries({ queryKey: qk.customer(customer.id) });
          // A paid order earns points (and may change the tier) on the loyalty card beside.
          void qc.invalidateQueries({ queryKey: qk.loyalty.customer(customer.id) });
        }}
      />
    </Card>
  );
}
