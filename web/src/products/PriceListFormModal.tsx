import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { PriceList, PriceListBody } from '../api/models.ts';
import { useSegments } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { countryOptions } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { currencyOptions } from '../lib/format.ts';
import { FormModal } from '../lib/FormModal.tsx';

type Scope = PriceList['scope'];
interface Values {
  name: string;
  currency: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  scope: Scope;
  country?: string;
  segmentId?: string;
}

/** Creates or edits a price list's header: name, currency, validity and whom it applies to. */
export function PriceListFormModal(props: {
  open: boolean;
  list?: PriceList;
  onClose: () => void;
  onSaved: (l: PriceList) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const segments = useSegments().data ?? [];
  const scope = Form.useWatch('scope', form);
  const currencies = useMemo(() => currencyOptions(i18n.language), [i18n.language]);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const l = props.list;

  const save = async (v: Values) => {
    setSaving(true);
    const body = {
      name: v.name,
      currency: v.currency,
      validFrom: v.validFrom.format('YYYY-MM-DD'),
      validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
      country: v.scope === 'country' ? (v.country ?? null) : null,
      segmentId: v.scope === 'segment' ? (v.segmentId ?? null) : null,
    } satisfies PriceListBody;
    try {
      const saved = l
        ? await unwrap(client.PATCH('/price-lists/{id}', { params: { path: { id: l.id } }, body }))
        : await unwrap(client.POST('/price-lists', { body }));
      void qc.invalidateQueries({ queryKey: qk.priceLists.all() });
      props.onSaved(saved);
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['name', 'currency', 'validFrom', 'validTo', 'country', 'segmentId'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(rest.map((e) => e.message).join('; ') || t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal<Values>
      open={props.open}
      title={l ? t('priceLists.edit') : t('priceLists.new')}
      form={form}
      initialValues={
        l
          ? {
              name: l.name,
              currency: l.currency,
              validFrom: dayjs(l.validFrom),
              validTo: l.validTo ? dayjs(l.validTo) : null,
              scope: l.scope,
              country: l.country ?? undefined,
              segmentId: l.segmentId ?? undefined,
            }
          : { currency: 'USD', validFrom: dayjs().startOf('year'), scope: 'default' }
      }
      onFinish={save}
      onClose={props.onClose}
      saving={saving}
      width={640}
      saveTestId="price-list-save"
    >
      <Form.Item
        name="name"
        label={t('priceLists.name')}
        rules={[{ required: true, message: t('errors.required') }]}
        style={{ gridColumn: '1 / -1' }}
      >
        <Input data-testid="price-list-name" />
      </Form.Item>
      <Form.Item
        name="currency"
        label={t('priceLists.currency')}
        extra={l && l.products > 0 ? t('priceLists.currencyLocked') : undefined}
      >
        <Select
          showSearch
          options={currencies}
          optionFilterProp="label"
          disabled={!!l && l.products > 0}
        />
      </Form.Item>
      <div />
      <Form.Item
        name="validFrom"
        label={t('priceLists.validFrom')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="validTo" label={t('priceLists.validTo')}>
        <DatePicker style={{ width: '100%' }} placeholder={t('priceLists.openEnded')} />
      </Form.Item>
      <Form.Item name="scope" label={t('priceLists.appliesTo')} style={{ gridColumn: '1 / -1' }}>
        <Radio.Group
          options={(['default', 'country', 'segment'] as const).map((s) => ({
            value: s,
            label: t(`priceLists.scopes.${s}`),
          }))}
        />
      </Form.Item>
      {scope === 'country' && (
        <Form.Item
          name="country"
          label={t('priceLists.country')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Select showSearch options={countries} optionFilterProp="label" />
        </Form.Item>
      )}
      {scope === 'segment' && (
        <Form.Item
          name="segmentId"
          label={t('priceLists.segment')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Select options={segments.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      )}
    </FormModal>
  );
}
