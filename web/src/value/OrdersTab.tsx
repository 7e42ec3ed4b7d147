import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Empty, Flex, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { currencyOptions, formatMoney } from '../lib/format.ts';
import { OrderFormModal } from './OrderFormModal.tsx';
import { ORDER_STATUSES, type OrderStatus } from './types.ts';

const STATUS_COLOR: Record<OrderStatus, string> = {
  open: 'blue',
  shipped: 'gold',
  delivered: 'cyan',
  paid: 'green',
  cancelled: 'default',
};

/** The order book over the customers you can see, newest first, paged by the server's cursor. */
export function OrdersTab() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [status, setStatus] = useState<OrderStatus>();
  const [currency, setCurrency] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [adding, setAdding] = useState(false);
  const currencies = useMemo(() => currencyOptions(i18n.language), [i18n.language]);
  const params = {
    status,
    currency,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const book = useInfiniteQuery({
    queryKey: qk.orders.list(params),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/orders', { params: { query: { ...params, cursor: pageParam, limit: 100 } } }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = useMemo(() => book.data?.pages.flatMap((p) => p.items) ?? [], [book.data]);
  // A status change earns or takes back loyalty points: every customer's card is refetched too.
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: qk.orders.all() });
    void qc.invalidateQueries({ queryKey: qk.loyalty.customers() });
  };
  const setOrderStatus = async (id: string, next: OrderStatus) => {
    try {
      await unwrap(
        client.PATCH('/orders/{id}', { params: { path: { id } }, body: { status: next } }),
      );
      refresh();
    } catch (err) {
      void message.error(String(err));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between">
        <Space wrap>
          <Select
            allowClear
            placeholder={t('value.orders.anyStatus')}
            style={{ width: 150 }}
            value={status}
            onChange={setStatus}
            options={ORDER_STATUSES.map((s) => ({
              value: s,
              label: t(`value.orders.statuses.${s}`),
            }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('value.orders.currency')}
            style={{ width: 200 }}
            value={currency}
            onChange={setCurrency}
            options={currencies}
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('value.orders.from'), t('value.orders.to')]}
            onChange={(v) => setRange(v)}
          />
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('value.orders.add')}
        </Button>
      </Flex>
      <Table
        rowKey="id"
        size="middle"
        loading={book.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={t('value.orders.none')} /> }}
        columns={[
          { title: t('value.orders.number'), dataIndex: 'number' },
          {
            title: t('value.orders.customer'),
            dataIndex: 'customerName',
            render: (name: string, o) => <Link to={`/customers/${o.customerId}`}>{name}</Link>,
          },
          { title: t('value.orders.date'), dataIndex: 'orderDate' },
          {
            title: t('value.orders.amount'),
            align: 'right',
            render: (_, o) => formatMoney(o.amountMinor, o.currency, i18n.language),
          },
          {
            title: t('value.orders.status'),
            dataIndex: 'status',
            render: (s: OrderStatus) => (
              <Tag color={STATUS_COLOR[s]}>{t(`value.orders.statuses.${s}`)}</Tag>
            ),
          },
          { title: t('value.orders.paidDate'), dataIndex: 'paidDate' },
          {
            key: 'actions',
            render: (_, o) =>
              o.status === 'paid' || o.status === 'cancelled' ? null : (
                <Space size={4}>
                  <Button size="small" onClick={() => void setOrderStatus(o.id, 'paid')}>
                    {t('value.orders.markPaid')}
                  </Button>
                  <Popconfirm
                    title={t('value.orders.cancelConfirm')}
                    onConfirm={() => void setOrderStatus(o.id, 'cancelled')}
                  >
                    <Button size="small" danger>
                      {t('value.orders.cancel')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {book.hasNextPage && (
        <Button loading={book.isFetchingNextPage} onClick={() => void book.fetchNextPage()}>
          {t('value.orders.more')}
        </Button>
      )}
      <OrderFormModal
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          refresh();
        }}
      />
    </Flex>
  );
}
