import { App, Form, Input, InputNumber, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { BodyOf } from '../api/models.ts';
import { useUsers } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { countryOptions, zonesOf } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import type { OfficeDetail } from './api.ts';

type Body = BodyOf<'/offices', 'post'>;
interface Values {
  name: string;
  country: string;
  region?: string;
  city: string;
  timeZone: string;
  start: string;
  end: string;
  ramadanHoursLess?: number;
  managerId?: string;
  markets?: string[];
  closingDays?: string;
}

const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Closing days as lines "2026-12-28 Year-end shutdown". */
const parseClosing = (text = '') =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ date: l.slice(0, 10), name: l.slice(10).trim() || l.slice(0, 10) }));

/** Create an office (admins) or edit one (its manager or an admin; the manager: admins only). */
export function OfficeFormModal(props: { office: OfficeDetail | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const phone = useIsPhone();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const users = useUsers().data ?? [];
  const [form] = Form.useForm<Values>();
  const country = Form.useWatch('country', form);
  const o = props.office;
  const initial: Partial<Values> = o
    ? {
        ...o,
        region: o.region ?? undefined,
        managerId: o.managerId ?? undefined,
        start: o.hours.start,
        end: o.hours.end,
        closingDays: o.closingDays.map((d) => `${d.date} ${d.name}`).join('\n'),
      }
    : { start: '09:00', end: '18:00', ramadanHoursLess: 0, markets: [] };

  const submit = async (v: Values) => {
    const body: Body = {
      name: v.name,
      country: v.country,
      region: v.region || null,
      city: v.city,
      timeZone: v.timeZone,
      hours: { start: v.start, end: v.end },
      ramadanHoursLess: v.ramadanHoursLess ?? 0,
      markets: v.markets ?? [],
      closingDays: parseClosing(v.closingDays),
      ...(user.role === 'admin' ? { managerId: v.managerId ?? null } : {}),
    };
    try {
      if (o) {
        await unwrap(client.PATCH('/offices/{id}', { params: { path: { id: o.id } }, body }));
      } else {
        const made = await unwrap(client.POST('/offices', { body }));
        void navigate(`/offices/${made.id}`);
      }
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: qk.offices.all() });
      props.onClose();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['name', 'country', 'region', 'city', 'timeZone', 'markets'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  const required = [{ required: true, message: t('errors.required') }];
  const full = { gridColumn: '1 / -1' };
  return (
    <FormModal<Values>
      open
      title={o ? t('offices.edit') : t('offices.new')}
      form={form}
      initialValues={initial}
      onFinish={submit}
      onClose={props.onClose}
      saving={false}
      width={phone ? 360 : 640}
      saveTestId="office-save"
    >
      <Form.Item name="name" label={t('offices.fields.name')} rules={required} style={full}>
        <Input data-testid="office-name" />
      </Form.Item>
      <Form.Item name="country" label={t('offices.fields.country')} rules={required}>
        <Select
          showSearch
          optionFilterProp="label"
          options={countryOptions(i18n.language)}
          data-testid="office-country"
          onChange={(c: string) => {
            const zones = zonesOf(c);
            if (zones.length) form.setFieldValue('timeZone', zones[0]);
          }}
        />
      </Form.Item>
      <Form.Item name="region" label={t('offices.fields.region')}>
        <Input placeholder="BY" />
      </Form.Item>
      <Form.Item name="city" label={t('offices.fields.city')} rules={required}>
        <Input data-testid="office-city" />
      </Form.Item>
      <Form.Item name="timeZone" label={t('offices.fields.timeZone')} rules={required}>
        <Select
          showSearch
          options={zonesOf(country).map((z) => ({ value: z, label: z }))}
          data-testid="office-zone"
        />
      </Form.Item>
      <Form.Item
        name="start"
        label={t('offices.fields.start')}
        rules={[...required, { pattern: HHMM, message: 'HH:MM' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="end"
        label={t('offices.fields.end')}
        rules={[...required, { pattern: HHMM, message: 'HH:MM' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="ramadanHoursLess" label={t('offices.fields.ramadanHoursLess')}>
        <InputNumber min={0} max={4} />
      </Form.Item>
      {user.role === 'admin' && (
        <Form.Item name="managerId" label={t('offices.fields.manager')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={users.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      )}
      <Form.Item name="markets" label={t('offices.fields.markets')} style={full}>
        <Select mode="multiple" optionFilterProp="label" options={countryOptions(i18n.language)} />
      </Form.Item>
      <Form.Item
        name="closingDays"
        label={t('offices.fields.closingDays')}
        extra={t('offices.fields.closingDaysHint')}
        style={full}
      >
        <Input.TextArea rows={3} placeholder="2026-12-28 Year-end shutdown" />
      </Form.Item>
    </FormModal>
  );
}
