import { App, Checkbox, Form, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { BodyOf, Contact } from '../api/models.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { languageOptions } from '../lib/languages.ts';

const CHANNELS = ['email', 'phone', 'whatsapp', 'wechat', 'line', 'telegram', 'visit'] as const;
const KNOWN = [
  'firstName',
  'lastName',
  'nativeName',
  'title',
  'emails',
  'phones',
  'handles',
  'preferredLanguage',
  'preferredChannel',
  'primary',
  'birthday',
  'leftAt',
];

interface Values {
  firstName: string;
  lastName?: string;
  nativeName?: string;
  title?: string;
  /** comma-separated in the form; an array in the API */
  emails?: string;
  phones?: string;
  handles: Contact['handles'];
  preferredLanguage?: string;
  preferredChannel?: BodyOf<'/contacts/{id}', 'patch'>['preferredChannel'];
  primary?: boolean;
  birthday?: string;
  leftAt?: string;
}

export function ContactFormModal({
  customerId,
  contact,
  open,
  onClose,
  onSaved,
}: {
  customerId: string;
  contact?: Contact;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const languages = useMemo(
    () => languageOptions(i18n.language, contact?.preferredLanguage),
    [i18n.language, contact?.preferredLanguage],
  );
  const [saving, setSaving] = useState(false);

  const initial: Partial<Values> = contact
    ? {
        ...contact,
        lastName: contact.lastName ?? undefined,
        nativeName: contact.nativeName ?? undefined,
        title: contact.title ?? undefined,
        birthday: contact.birthday ?? undefined,
        leftAt: contact.leftAt ?? undefined,
        emails: contact.emails.join(', '),
        phones: contact.phones.map((p) => p.international).join(', '),
        preferredLanguage: contact.preferredLanguage ?? undefined,
        // The answer types the channel as a string; it is one the form offers.
        preferredChannel: (contact.preferredChannel ?? undefined) as Values['preferredChannel'],
      }
    : { handles: {} };
  const list = (text?: string) =>
    (text ?? '')
      .split(/[,;，；]/)
      .map((x) => x.trim())
      .filter(Boolean);

  const submit = async (values: Values) => {
    setSaving(true);
    const handles: Values['handles'] = Object.fromEntries(
      Object.entries(values.handles ?? {}).filter(([, v]) => typeof v === 'string' && v.trim()),
    );
    const body = {
      ...values,
      handles,
      emails: list(values.emails),
      phones: list(values.phones),
      birthday: values.birthday?.trim() || null,
      leftAt: values.leftAt?.trim() || null,
    };
    for (const key of Object.keys(body) as (keyof typeof body)[])
      if (body[key] === undefined) delete body[key];
    try {
      if (contact)
        await unwrap(
          client.PATCH('/contacts/{id}', { params: { path: { id: contact.id } }, body }),
        );
      else
        await unwrap(
          client.POST('/customers/{id}/contacts', {
            params: { path: { id: customerId } },
            body,
          }),
        );
      void message.success(t('common.saved'));
      onSaved();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, { known: KNOWN, lists: ['emails', 'phones'] });
      if (rest.length) void message.error(rest.map((e) => `${e.path}: ${e.message}`).join('; '));
      else if (!(err instanceof Error && 'errors' in err)) void message.error(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      open={open}
      title={contact ? t('contacts.edit') : t('contacts.add')}
      form={form}
      initialValues={initial}
      onFinish={submit}
      onClose={onClose}
      saving={saving}
      width={680}
      saveTestId="contact-save"
    >
      <Form.Item
        name="firstName"
        label={t('contacts.fields.firstName')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Input data-testid="contact-first-name" />
      </Form.Item>
      <Form.Item name="lastName" label={t('contacts.fields.lastName')}>
        <Input />
      </Form.Item>
      <Form.Item name="nativeName" label={t('contacts.fields.nativeName')}>
        <Input />
      </Form.Item>
      <Form.Item name="title" label={t('contacts.fields.title')}>
        <Input />
      </Form.Item>
      <Form.Item
        name="emails"
        label={t('contacts.fields.emails')}
        rules={[
          {
            validator: (_, v?: string) =>
              list(v).every((e) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e))
                ? Promise.resolve()
                : Promise.reject(new Error(t('errors.email'))),
          },
        ]}
      >
        <Input placeholder="name@company.com" data-testid="contact-emails" />
      </Form.Item>
      <Form.Item
        name="phones"
        label={t('contacts.fields.phones')}
        extra={t('contacts.fields.phonesHint')}
      >
        <Input data-testid="contact-phones" />
      </Form.Item>
      {(['whatsapp', 'wechat', 'line', 'telegram'] as const).map((h) => (
        <Form.Item key={h} name={['handles', h]} label={t(`contacts.fields.${h}`)}>
          <Input />
        </Form.Item>
      ))}
      <Form.Item name="preferredLanguage" label={t('contacts.fields.preferredLanguage')}>
        {/* chosen by name in the reader's language; the API keeps the BCP 47 code */}
        <Select
          allowClear
          data-testid="contact-language"
          options={languages}
          showSearch={{
            filterOption: (input, option) =>
              (option?.search ?? '').includes(input.trim().toLowerCase()),
          }}
        />
      </Form.Item>
      <Form.Item name="preferredChannel" label={t('contacts.fields.preferredChannel')}>
        <Select
          allowClear
          options={CHANNELS.map((c) => ({ value: c, label: t(`contacts.channels.${c}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="birthday"
        label={t('contacts.fields.birthday')}
        extra={t('contacts.fields.birthdayHint')}
      >
        <Input placeholder="MM-DD" inputMode="numeric" />
      </Form.Item>
      <Form.Item
        name="leftAt"
        label={t('contacts.fields.leftAt')}
        extra={t('contacts.fields.leftAtHint')}
      >
        <Input placeholder="YYYY-MM-DD" inputMode="numeric" data-testid="contact-left-at" />
      </Form.Item>
      <Form.Item name="primary" valuePropName="checked">
        <Checkbox>{t('contacts.fields.primary')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
