import { useQuery } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { currencyDigits, currencyOptions, toMinor } from '../lib/format.ts';
import { DealLists, type ListValues } from './DealLists.tsx';
import { nameOf } from './labels.ts';
import { usePipelines } from './usePipelines.ts';
import type { DealDetail, DealFull } from './types.ts';

interface Values extends ListValues {
  customerId: string;
  title: string;
  amount: number;
  currency: string;
  expectedCloseDate: Dayjs;
  pipelineId: string;
  stageId?: string;
  probability?: number | null;
  ownerId?: string;
  source?: string;
  nextStep?: string;
}

const wide = { gridColumn: '1 / -1' };
const major = (minor: number, currency: string) => minor / 10 ** currencyDigits(currency);

/** Opens a deal, or edits one (`deal`); a customer given is fixed (opened from its page). */
export function DealFormModal(props: {
  open: boolean;
  deal?: DealDetail;
  customer?: { id: string; name: string; currency?: string | null };
  /** the pipeline a new deal starts in (the one on screen) */
  pipelineId?: string;
  onClose: () => void;
  onSaved: (d: DealFull) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [q, setQ] = useState('');
  const pipelines = usePipelines().data ?? [];
  const users = useUsers().data ?? [];
  const { deal } = props;
  const fixed = deal ? { id: deal.customerId, name: deal.customerName } : props.customer;
  const found = useQuery({
    queryKey: qk.customers.pick(q),
    queryFn: () => unwrap(client.GET('/customers', { params: { query: { q, limit: 20 } } })),
    enabled: props.open && !fixed,
  });
  const customerId = Form.useWatch('customerId', form) ?? fixed?.id;
  const pipelineId = Form.useWatch('pipelineId', form);
  const stages = pipelines.find((p) => p.id === pipelineId)?.stages ?? [];
  const currencies = useMemo(() => currencyOptions(i18n.language), [i18n.language]);

  const save = async (v: Values) => {
    setSaving(true);
    const body = {
      title: v.title,
      amountMinor: toMinor(v.amount, v.currency),
      currency: v.currency,
      expectedCloseDate: v.expectedCloseDate.format('YYYY-MM-DD'),
      pipelineId: v.pipelineId,
      ...(v.stageId ? { stageId: v.stageId } : {}),
      ...(typeof v.probability === 'number' ? { probability: v.probability } : {}),
      ...(v.ownerId ? { ownerId: v.ownerId } : {}),
      source: v.source?.trim() || null,
      nextStep: v.nextStep?.trim() || null,
      contacts: v.contacts ?? [],
      reasons: (v.reasons ?? []).map((r) => ({ ...r, note: r.note || null })),
      competitors: (v.competitors ?? []).map((c) => ({
        name: c.name,
        currency: c.currency || null,
        amountMinor:
          typeof c.amount === 'number' && c.currency ? toMinor(c.amount, c.currency) : null,
      })),
    };
    try {
      const saved = deal
        ? await unwrap(client.PATCH('/deals/{id}', { params: { path: { id: deal.id } }, body }))
        : await unwrap(
            client.POST('/deals', { body: { ...body, customerId: fixed?.id ?? v.customerId } }),
          );
      void message.success(t('deals.saved'));
      props.onSaved(saved);
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['customerId', 'title', 'currency', 'expectedCloseDate', 'pipelineId', 'stageId'],
      });
      if (rest.length) void message.error(rest.map((e) => e.message).join('; '));
      else if (!(err instanceof Error && 'errors' in err)) void message.error(String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal<Values>
      open={props.open}
      title={deal ? t('deals.edit') : t('deals.add')}
      form={form}
      initialValues={
        deal
          ? {
              title: deal.title,
              amount: major(deal.amountMinor, deal.currency),
              currency: deal.currency,
              expectedCloseDate: dayjs(deal.expectedCloseDate),
              pipelineId: deal.pipelineId,
              stageId: deal.stageId,
              probability: deal.probability,
              ownerId: deal.ownerId,
              source: deal.source ?? '',
              nextStep: deal.nextStep ?? '',
              contacts: deal.contacts.map((c) => ({ contactId: c.contactId, role: c.role })),
              reasons: deal.reasons.map((r) => ({ ...r, note: r.note ?? '' })),
              competitors: deal.competitors.map((c) => ({
                name: c.name,
                currency: c.currency ?? undefined,
                amount:
                  c.amountMinor !== null && c.currency
                    ? major(c.amountMinor, c.currency)
                    : undefined,
              })),
            }
          : {
              currency: props.customer?.currency ?? 'USD',
              expectedCloseDate: dayjs().add(60, 'day'),
              pipelineId: props.pipelineId ?? pipelines[0]?.id,
            }
      }
      onFinish={save}
      onClose={props.onClose}
      saving={saving}
      width={760}
      saveTestId="deal-save"
    >
      {fixed ? (
        <Form.Item label={t('deals.customer')} style={wide}>
          <Input value={fixed.name} disabled />
        </Form.Item>
      ) : (
        <Form.Item
          name="customerId"
          label={t('deals.customer')}
          rules={[{ required: true }]}
          style={wide}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            loading={found.isFetching}
            data-testid="deal-customer"
            options={(found.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id: string) => {
              // A deal is usually in the currency the customer buys in.
              const c = found.data?.items.find((x) => x.id === id);
              if (c?.currency) form.setFieldValue('currency', c.currency);
            }}
          />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('deals.dealTitle')}
        rules={[{ required: true }]}
        style={wide}
      >
        <Input maxLength={200} data-testid="deal-title" />
      </Form.Item>
      <Form.Item name="currency" label={t('deals.currency')} rules={[{ required: true }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={currencies} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('deals.amount')}
        extra={t('deals.amountHint')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} style={{ width: '100%' }} data-testid="deal-amount" />
      </Form.Item>
      <Form.Item
        name="expectedCloseDate"
        label={t('deals.expectedClose')}
        rules={[{ required: true }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="ownerId" label={t('deals.owner')}>
        <Select allowClear options={users.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="pipelineId" label={t('deals.pipeline')} rules={[{ required: true }]}>
        <Select
          options={pipelines.map((p) => ({ value: p.id, label: nameOf(t, p) }))}
          onChange={() => form.setFieldValue('stageId', undefined)}
        />
      </Form.Item>
      <Form.Item name="stageId" label={t('deals.stage')}>
        <Select allowClear options={stages.map((s) => ({ value: s.id, label: nameOf(t, s) }))} />
      </Form.Item>
      <Form.Item
        name="probability"
        label={t('deals.probability')}
        extra={t('deals.probabilityHint')}
      >
        <InputNumber min={0} max={100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="source" label={t('deals.source')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="nextStep" label={t('deals.nextStep')} style={wide}>
        <Input maxLength={500} />
      </Form.Item>
      <DealLists customerId={customerId} currencies={currencies} />
    </FormModal>
  );
}
