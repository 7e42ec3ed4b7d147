import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Form, InputNumber, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { ClassifyResult } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { translateFieldError } from '../lib/field-errors.ts';

/** The form's rules: shares in percent (the API takes fractions). */
interface Settings {
  months: number;
  a: number;
  b: number;
}

const TIER_COLOR = { A: 'gold', B: 'blue', C: 'default' } as const;

/** Customers and revenue per tier in your scope; admins and managers set the rules and rerun. */
export function TiersTab() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const canRun = user.role !== 'rep';
  const qc = useQueryClient();
  const [form] = Form.useForm<Settings>();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ClassifyResult | null>(null);
  const summary = useQuery({
    queryKey: qk.valueSummary(),
    queryFn: () => unwrap(client.GET('/value/summary')),
  });
  const s = summary.data;

  const run = async (v: Settings) => {
    setRunning(true);
    try {
      // Shares are entered as percentages and sent as fractions.
      setResult(
        await unwrap(
          client.POST('/value/classify', {
            body: { months: v.months, a: v.a / 100, b: v.b / 100 },
          }),
        ),
      );
      void qc.invalidateQueries({ queryKey: qk.valueSummary() });
      void qc.invalidateQueries({ queryKey: qk.customers.all() });
    } catch (err) {
      void message.error(
        err instanceof ApiError && err.errors[0]
          ? translateFieldError(err.errors[0], t)
          : err instanceof Error
            ? err.message
            : String(err),
      );
    } finally {
      setRunning(false);
    }
  };

  return (
    <Flex gap={16} wrap align="start">
      <Card title={t('value.tiers.summary')} style={{ flex: '1 1 480px' }}>
        <Table
          rowKey={(r) => r.tier ?? '-'}
          size="small"
          pagination={false}
          loading={summary.isPending}
          // Customers without a tier are listed only when there are some.
          dataSource={(s?.tiers ?? []).filter((r) => r.tier !== null || r.customers > 0)}
          columns={[
            {
              title: t('value.tiers.tier'),
              dataIndex: 'tier',
              render: (tier: 'A' | 'B' | 'C' | null) =>
                tier ? <Tag color={TIER_COLOR[tier]}>{tier}</Tag> : t('value.tiers.unclassified'),
            },
            { title: t('value.tiers.customers'), dataIndex: 'customers', align: 'right' },
            {
              title: t('value.tiers.revenue'),
              dataIndex: 'revenueMinor',
              align: 'right',
              render: (v: number) => (s ? formatMoney(v, s.reportingCurrency, i18n.language) : ''),
            },
            { title: t('value.tiers.locked'), dataIndex: 'locked', align: 'right' },
          ]}
        />
      </Card>
      <Card title={t('value.tiers.settings')} style={{ flex: '1 1 360px', maxWidth: 480 }}>
        {s && (
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('value.tiers.lastRun')}>
              {s.settings.classifiedAt
                ? formatDateTime(s.settings.classifiedAt, i18n.language)
                : t('value.tiers.never')}
            </Descriptions.Item>
          </Descriptions>
        )}
        {s && (
          <Form<Settings>
            form={form}
            layout="vertical"
            disabled={!canRun}
            initialValues={{
              months: s.settings.months,
              a: s.settings.a * 100,
              b: s.settings.b * 100,
            }}
            onFinish={(v) => void run(v)}
          >
            <Form.Item name="months" label={t('value.tiers.months')} rules={[{ required: true }]}>
              <InputNumber min={1} max={120} precision={0} />
            </Form.Item>
            <Form.Item name="a" label={t('value.tiers.a')} rules={[{ required: true }]}>
              <InputNumber min={1} max={99} suffix="%" />
            </Form.Item>
            <Form.Item name="b" label={t('value.tiers.b')} rules={[{ required: true }]}>
              <InputNumber min={1} max={99} suffix="%" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={running}>
              {t('value.tiers.run')}
            </Button>
          </Form>
        )}
        {!canRun && (
          <Alert
            type="info"
            showIcon
            title={t('value.tiers.managersOnly')}
            style={{ marginTop: 12 }}
          />
        )}
        {result && (
          <Alert
            style={{ marginTop: 12 }}
            type={result.unconvertedOrders ? 'warning' : 'success'}
            showIcon
            title={t('value.tiers.ran', {
              customers: result.customers,
              changes: result.tierChanges,
              locked: result.lockedKept,
            })}
            description={
              result.unconvertedOrders > 0 &&
              t('value.tiers.unconverted', { count: result.unconvertedOrders })
            }
          />
        )}
      </Card>
    </Flex>
  );
}
