import { App, Form, Input, InputNumber, Select, DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useCustomFields, useTeams, useUsers } from '../api/queries.ts';
import type { BodyOf, Customer, CustomField } from '../api/models.ts';
import { useSession } from '../auth/session.tsx';
import { countryOptions, zonesOf } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { STAGES, TIERS } from '../../../src/domain/enums.ts';
import { useRegions } from '../countries/regions.ts';

const SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'];
const KNOWN = [
  'name',
  'nativeName',
  'country',
  'region',
  'city',
  'website',
  'domain',
  'industry',
  'size',
  'languages',
  'timeZone',
  'currency',
  'stage',
  'tier',
  'tags',
  'source',
  'ownerId',
  'teamId',
  'customFields',
  'foundedOn',
  'customerSince',
];

type Values = Omit<Partial<Customer>, 'customFields'> & { customFields?: Record<string, unknown> };

function customInput(field: CustomField) {
  switch (field.type) {
    case 'number':
      return <InputNumber style={{ width: '100%' }} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} />;
    case 'select':
      return <Select allowClear options={field.options.map((o) => ({ value: o, label: o }))} />;
    case 'text':
      return <Input />;
  }
}

/** Create or edit a customer; the API's field errors land on the fields they name. */
export function CustomerFormModal({
  customer,
  open,
  onClose,
  onSaved,
}: {
  customer?: Customer;
  open: boolean;
  onClose: () => void;
  onSaved: (c: Customer) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const users = useUsers().data ?? [];
  const teams = useTeams().data ?? [];
  const fields = useCustomFields().data ?? [];
  const country = Form.useWatch('country', form);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const zones = zonesOf(country);
  const regions = useRegions(country);
  const region = Form.useWatch('region', form);

  const initial: Values = customer
    ? {
        ...customer,
        customFields: Object.fromEntries(
          Object.entries(customer.customFields).map(([k, v]) => [
            k,
            fields.find((f) => f.key === k)?.type === 'date' && typeof v === 'string'
              ? dayjs(v)
              : v,
          ]),
        ),
      }
    : { stage: 'lead', ownerId: user.id, languages: [], tags: [] };

  const submit = async (values: Values) => {
    setSaving(true);
    const customFields = Object.fromEntries(
      Object.entries(values.customFields ?? {}).map(([k, v]) => [
        k,
        dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : (v ?? null),
      ]),
    );
    // The form's values (selects offer only the server's stages and tiers; the server checks all).
    // A cleared region (or one dropped with a change of country) is saved as none.
    const body = {
      ...values,
      region: values.region || null,
      // Greeting dates: an emptied field is saved as none.
      foundedOn: values.foundedOn?.trim() || null,
      customerSince: values.customerSince?.trim() || null,
      customFields,
    } as BodyOf<'/customers', 'post'>;
    for (const key of Object.keys(body) as (keyof typeof body)[])
      if (body[key] === undefined) delete body[key];
    // A cleared zone goes back to being derived from the state, city and phones.
    if (customer?.timeZone && values.timeZone === undefined) body.timeZone = null;
    try {
      const saved = customer
        ? await unwrap(
            client.PATCH('/customers/{id}', { params: { path: { id: customer.id } }, body }),
          )
        : await unwrap(client.POST('/customers', { body }));
      void message.success(customer ? t('common.saved') : t('customers.created'));
      onSaved(saved);
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, { known: KNOWN, lists: ['languages', 'tags'] });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(err instanceof Error ? err.message : t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      open={open}
      title={customer ? `${t('common.edit')} · ${customer.name}` : t('customers.new')}
      form={form}
      initialValues={initial}
      onFinish={submit}
      onClose={onClose}
      saving={saving}
      width={760}
      saveTestId="customer-save"
    >
      <Form.Item
        name="name"
        label={t('customers.fields.name')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Input data-testid="customer-name" />
      </Form.Item>
      <Form.Item name="nativeName" label={t('customers.fields.nativeName')}>
        <Input />
      </Form.Item>
      <Form.Item
        name="country"
        label={t('customers.fields.country')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={countries}
          data-testid="customer-country"
          onChange={() => {
            form.setFieldValue('timeZone', undefined);
            // A region code belongs to its country (CA is California in the US, Catalonia in Spain).
            form.setFieldValue('region', undefined);
          }}
        />
      </Form.Item>
      <Form.Item name="timeZone" label={t('customers.fields.timeZone')} extra={t('zones.formHint')}>
        <Select allowClear showSearch options={zones.map((z) => ({ value: z, label: z }))} />
      </Form.Item>
      <Form.Item
        name="region"
        label={t('customers.fields.region')}
        extra={regions.length > 0 ? t('holidayNames.regionHint') : undefined}
      >
        {regions.length > 0 ? (
          // The regions with their own holidays, by name; a free-text region from an import stays
          // selectable so editing the customer does not lose it.
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="customer-region"
            options={[
              ...regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
              ...(region && !regions.some((r) => r.code === region)
                ? [{ value: region, label: region }]
                : []),
            ]}
          />
        ) : (
          <Input />
        )}
      </Form.Item>
      <Form.Item name="city" label={t('customers.fields.city')}>
        <Input />
      </Form.Item>
      <Form.Item name="website" label={t('customers.fields.website')}>
        <Input placeholder="https://" />
      </Form.Item>
      <Form.Item name="industry" label={t('customers.fields.industry')}>
        <Input />
      </Form.Item>
      <Form.Item name="stage" label={t('customers.fields.stage')}>
        <Select options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))} />
      </Form.Item>
      <Form.Item name="tier" label={t('customers.fields.tier')}>
        <Select allowClear options={TIERS.map((s) => ({ value: s, label: s }))} />
      </Form.Item>
      <Form.Item name="size" label={t('customers.fields.size')}>
        <Select allowClear options={SIZES.map((s) => ({ value: s, label: s }))} />
      </Form.Item>
      <Form.Item
        name="currency"
        label={t('customers.fields.currency')}
        extra={t('customers.hints.currency')}
      >
        <Input maxLength={3} style={{ textTransform: 'uppercase' }} />
      </Form.Item>
      <Form.Item
        name="languages"
        label={t('customers.fields.languages')}
        extra={t('customers.hints.languages')}
      >
        <Select mode="tags" tokenSeparators={[',', ' ']} />
      </Form.Item>
      <Form.Item name="tags" label={t('customers.fields.tags')}>
        <Select mode="tags" tokenSeparators={[',']} />
      </Form.Item>
      <Form.Item name="source" label={t('customers.fields.source')}>
        <Input />
      </Form.Item>
      <Form.Item name="foundedOn" label={t('customers.fields.foundedOn')}>
        <Input placeholder={t('customers.fields.datePlaceholder')} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="customerSince" label={t('customers.fields.customerSince')}>
        <Input placeholder={t('customers.fields.datePlaceholder')} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="ownerId" label={t('customers.fields.owner')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={users.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          disabled={user.role === 'rep'}
        />
      </Form.Item>
      <Form.Item name="teamId" label={t('customers.fields.team')}>
        <Select allowClear options={teams.map((x) => ({ value: x.id, label: x.name }))} />
      </Form.Item>
      {fields.map((f) => (
        <Form.Item key={f.key} name={['customFields', f.key]} label={f.label}>
          {customInput(f)}
        </Form.Item>
      ))}
    </FormModal>
  );
}
