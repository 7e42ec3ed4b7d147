import { DatePicker, Divider, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { Mailbox, MailboxBody } from '../api/models.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

type Values = Omit<MailboxBody, 'syncSince'> & { syncSince: Dayjs };

const KNOWN = [
  'address',
  'imapHost',
  'imapPort',
  'imapTls',
  'imapUsername',
  'imapPassword',
  'smtpHost',
  'smtpPort',
  'smtpTls',
  'smtpUsername',
  'smtpPassword',
  'sharing',
  'syncSince',
];

/** Add or edit a mailbox. One column, so it fits a phone; a saved password is never shown. */
export function MailboxFormModal(props: {
  mailbox: Mailbox | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const m = props.mailbox;
  const required = [{ required: !m, message: t('errors.required') }];
  const tlsOptions = (['tls', 'starttls', 'none'] as const).map((v) => ({
    value: v,
    label: t(`mail.tls.${v}`),
  }));
  const save = async (v: Values) => {
    setSaving(true);
    // Empty password fields on edit keep the saved ones; empty SMTP fields mean "none".
    const body = Object.fromEntries(
      Object.entries({ ...v, syncSince: v.syncSince.format('YYYY-MM-DD') }).filter(
        ([k, x]) => !(m && k.endsWith('Password') && !x) && x !== undefined && x !== '',
      ),
    ) as MailboxBody;
    try {
      if (m)
        await unwrap(client.PATCH('/mailboxes/{id}', { params: { path: { id: m.id } }, body }));
      else await unwrap(client.POST('/mailboxes', { body }));
      props.onSaved();
    } catch (err) {
      applyFieldErrors(form, err, t, { known: KNOWN });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={m ? t('mail.edit') : t('mail.add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'mailbox-save' }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          address: m?.address,
          imapHost: m?.imapHost,
          imapPort: m?.imapPort ?? 993,
          imapTls: m?.imapTls ?? 'tls',
          imapUsername: m?.imapUsername,
          smtpHost: m?.smtpHost ?? undefined,
          smtpPort: m?.smtpPort ?? undefined,
          smtpTls: m?.smtpTls ?? undefined,
          smtpUsername: m?.smtpUsername ?? undefined,
          sharing: m?.sharing ?? 'metadata',
          syncSince: dayjs(m?.syncSince ?? dayjs().subtract(90, 'day').format('YYYY-MM-DD')),
        }}
      >
        <Form.Item name="address" label={t('mail.fields.address')} rules={required}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Divider titlePlacement="start">{t('mail.fields.imap')}</Divider>
        <Form.Item name="imapHost" label={t('mail.fields.host')} rules={required}>
          <Input placeholder="imap.example.com" />
        </Form.Item>
        <Form.Item name="imapPort" label={t('mail.fields.port')} rules={required}>
          <InputNumber min={1} max={65535} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="imapTls" label={t('mail.fields.tls')}>
          <Select options={tlsOptions} />
        </Form.Item>
        <Form.Item name="imapUsername" label={t('mail.fields.username')} rules={required}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="imapPassword"
          label={t('mail.fields.password')}
          rules={required}
          extra={m ? t('mail.fields.passwordKeep') : undefined}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Divider titlePlacement="start">{t('mail.fields.smtp')}</Divider>
        <Form.Item name="smtpHost" label={t('mail.fields.host')}>
          <Input placeholder="smtp.example.com" />
        </Form.Item>
        <Form.Item name="smtpPort" label={t('mail.fields.port')}>
          <InputNumber min={1} max={65535} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="smtpTls" label={t('mail.fields.tls')}>
          <Select options={tlsOptions} allowClear />
        </Form.Item>
        <Form.Item name="smtpUsername" label={t('mail.fields.username')}>
          <Input />
        </Form.Item>
        <Form.Item name="smtpPassword" label={t('mail.fields.password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Divider />
        <Form.Item name="syncSince" label={t('mail.fields.syncSince')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="sharing" label={t('mail.sharing.label')}>
          <Radio.Group
            options={(['metadata', 'full'] as const).map((v) => ({
              value: v,
              label: t(`mail.sharing.${v}`),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
