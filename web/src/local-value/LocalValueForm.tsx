import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { LocalValueBody, LocalValueEntry } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

const KINDS = [
  'direct_jobs',
  'indirect_jobs',
  'local_purchasing',
  'revenue_share',
  'training_hours',
  'taxes_paid',
  'community_investment',
  'technology_transfer',
] as const;
type Kind = (typeof KINDS)[number];
/** The fields each kind asks for (the server's rule: src/domain/reputation/local-value.ts). */
const SHOWN: Record<Kind, string[]> = {
  direct_jobs: ['headcount', 'localNationals', 'management', 'womenInManagement'],
  indirect_jobs: ['quantity', 'method'],
  local_purchasing: ['amount', 'total', 'currency'],
  revenue_share: ['partnerName', 'amount', 'total', 'currency', 'dealId'],
  training_hours: ['quantity', 'headcount'],
  taxes_paid: ['amount', 'currency'],
  community_investment: ['amount', 'currency'],
  technology_transfer: ['amount', 'currency'],
};
const COUNTS = ['headcount', 'localNationals', 'management', 'womenInManagement', 'quantity'];
const digits = (currency: string) => {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
};
type Values = Record<string, unknown> & {
  kind: Kind;
  period: [Dayjs, Dayjs];
  currency?: string;
  amount?: number;
  total?: number;
};

/** Adds a ledger figure or changes one (its owner or an admin); amounts typed in major units. */
export function LocalValueForm(props: {
  entry: LocalValueEntry | null;
  country: string;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const e = props.entry;
  const kind: Kind = Form.useWatch('kind', form) ?? e?.kind ?? 'direct_jobs';
  const major = (minor: number | null | undefined) =>
    minor === null || minor === undefined || !e?.currency
      ? undefined
      : minor / 10 ** digits(e.currency);
  const done = () => {
    void qc.invalidateQueries({ queryKey: qk.localValue.all() });
    props.onClose();
  };
  const save = async (v: Values) => {
    setSaving(true);
    const cur = v.currency?.toUpperCase();
    const minor = (x: unknown) =>
      typeof x === 'number' && cur ? Math.round(x * 10 ** digits(cur)) : undefined;
    const body: Record<string, unknown> = {
      country: props.country,
      kind: v.kind,
      periodStart: v.period[0].format('YYYY-MM-DD'),
      periodEnd: v.period[1].format('YYYY-MM-DD'),
      sourceDocument: v.sourceDocument,
      description: v.description ?? '',
    };
    for (const f of SHOWN[v.kind]) {
      if (f === 'amount') body.amountMinor = minor(v.amount);
      else if (f === 'total') body.totalMinor = minor(v.total);
      else if (f === 'currency') body.currency = cur;
      else body[f] = v[f] === '' ? undefined : v[f];
    }
    try {
      if (e)
        await unwrap(
          client.PATCH('/local-value/{id}', {
            params: { path: { id: e.id } },
            body: body as LocalValueBody,
          }),
        );
      else await unwrap(client.POST('/local-value', { body: body as LocalValueBody }));
      void message.success(t('common.saved'));
      done();
    } catch (err) {
      applyFieldErrors(form, err, t, {
        known: [
          'kind',
          'sourceDocument',
          'description',
          ...COUNTS,
          'method',
          'currency',
          'partnerName',
          'dealId',
        ],
      });
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    if (!e) return;
    await unwrap(client.DELETE('/local-value/{id}', { params: { path: { id: e.id } } }));
    done();
  };
  const start = dayjs(`${props.year}-01-01`);
  return (
    <Modal
      open
      title={e ? t(`localValue.kinds.${e.kind}`) : t('localValue.add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'local-value-save' }}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {e && (
            <Popconfirm title={t('localValue.deleteConfirm')} onConfirm={remove}>
              <Button danger>{t('common.delete')}</Button>
            </Popconfirm>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        preserve={false}
        initialValues={{
          ...e,
          kind: e?.kind ?? 'direct_jobs',
          period: e ? [dayjs(e.periodStart), dayjs(e.periodEnd)] : [start, start.endOf('year')],
          amount: major(e?.amountMinor),
          total: major(e?.totalMinor),
        }}
      >
        <Form.Item name="kind" label={t('localValue.fields.kind')} rules={[{ required: true }]}>
          <Select
            options={KINDS.map((k) => ({ value: k, label: t(`localValue.kinds.${k}`) }))}
            data-testid="local-value-kind"
          />
        </Form.Item>
        <Form.Item name="period" label={t('localValue.fields.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        {SHOWN[kind].map((f) =>
          COUNTS.includes(f) || f === 'amount' || f === 'total' ? (
            <Form.Item key={f} name={f} label={t(`localValue.fields.${f}`)}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid={`local-value-${f}`} />
            </Form.Item>
          ) : (
            <Form.Item key={f} name={f} label={t(`localValue.fields.${f}`)}>
              <Input maxLength={f === 'currency' ? 3 : 1000} data-testid={`local-value-${f}`} />
            </Form.Item>
          ),
        )}
        <Form.Item name="description" label={t('localValue.fields.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="sourceDocument"
          label={t('localValue.fields.sourceDocument')}
          rules={[{ required: true }]}
        >
          <Input maxLength={500} data-testid="local-value-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
