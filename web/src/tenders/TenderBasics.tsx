import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select, Typography, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { countryOptions } from '../lib/countries.ts';
import { formatDay } from '../lib/format.ts';
import { timeZoneOptions, zoneLabel } from '../lib/time-zone.ts';
import { FieldGrid } from './FieldGrid.tsx';
import type { TenderForm } from './tender-form.ts';
import type { Tender } from './types.ts';

/** Who issued the tender, what it is, and its deadlines in the buyer's own clock. */
export function TenderBasics(props: { form: FormInstance<TenderForm>; existing?: Tender }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: qk.customers.pick(q),
    queryFn: () => unwrap(client.GET('/customers', { params: { query: { q, limit: 20 } } })),
    enabled: !props.existing,
  });
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const zones = useMemo(() => timeZoneOptions(lang), [lang]);
  const zone = Form.useWatch('deadlineTimeZone', props.form);
  // A new tender takes the buyer's country and clock until the user says otherwise.
  const pick = (id: string) => {
    const c = found.data?.items.find((x) => x.id === id);
    if (c)
      props.form.setFieldsValue({ country: c.country, deadlineTimeZone: c.timeZone ?? undefined });
  };
  const inZone = zone ? t('tenders.fields.inZone', { zone: zoneLabel(zone, lang) }) : undefined;
  const reminders = props.existing?.reminders ?? [];

  return (
    <FieldGrid title={t('tenders.sections.basics')}>
      {props.existing ? (
        <Form.Item label={t('tenders.fields.buyer')}>
          <Input value={props.existing.customerName} disabled />
        </Form.Item>
      ) : (
        <Form.Item name="customerId" label={t('tenders.fields.buyer')} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            loading={found.isFetching}
            onChange={pick}
            options={(found.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            data-testid="tender-customer"
          />
        </Form.Item>
      )}
      <Form.Item
        name="reference"
        label={t('tenders.fields.reference')}
        rules={[{ required: true }]}
      >
        <Input maxLength={80} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('tenders.fields.title')}
        rules={[{ required: true }]}
        style={{ gridColumn: '1 / -1' }}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="country" label={t('tenders.fields.country')}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={countries} />
      </Form.Item>
      <Form.Item name="issuingBody" label={t('tenders.fields.issuingBody')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="submissionDeadline"
        label={t('tenders.fields.submissionDeadline')}
        extra={inZone}
        rules={[{ required: true }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="clarificationDeadline"
        label={t('tenders.fields.clarificationDeadline')}
        extra={inZone}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="deadlineTimeZone"
        label={t('tenders.fields.deadlineTimeZone')}
        extra={t('tenders.fields.deadlineTimeZoneHint')}
      >
        <Select
          allowClear
          showSearch={{
            filterOption: (input, o) => !!o?.search.toLowerCase().includes(input.toLowerCase()),
          }}
          options={zones}
          placeholder={t('tenders.fields.buyersZone')}
        />
      </Form.Item>
      <Form.Item
        name="reminderBusinessDays"
        label={t('tenders.fields.reminderBusinessDays')}
        extra={t('tenders.fields.reminderHint')}
      >
        <InputNumber min={0} max={30} style={{ width: '100%' }} />
      </Form.Item>
      {reminders.length > 0 && (
        <Typography.Text type="secondary" style={{ gridColumn: '1 / -1', marginBottom: 12 }}>
          {reminders
            .map((r) =>
              t('tenders.reminders.line', {
                kind: t(`tenders.reminders.${r.kind}`),
                date: formatDay(r.dueDate, lang),
                status: t(
                  `tenders.reminders.statuses.${r.status}` as 'tenders.reminders.statuses.open',
                ),
              }),
            )
            .join(' · ')}
        </Typography.Text>
      )}
    </FieldGrid>
  );
}
