import { App, Divider, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { SmtpAccount, SmtpAccountBody } from '../api/models.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

interface Values {
  name: string;
  address: string;
  fromName?: string;
  smtpHost: string;
  smtpPort: number;
  smtpTls: SmtpAccountBody['smtpTls'];
  smtpUsername?: string;
  smtpPassword?: string;
  imapHost?: string;
  imapPort?: number;
  imapTls?: SmtpAccountBody['smtpTls'];
  imapUsername?: string;
  imapPassword?: string;
}

const KNOWN = [
  'name',
  'address',
  'fromName',
  'smtpHost',
  'smtpPort',
  'smtpTls',
  'smtpUsername',
  'smtpPassword',
  'imapHost',
  'imapPort',
  'imapTls',
  'imapUsername',
  'imapPassword',
];

/** The IMAP port a security choice usually goes with. */
const USUAL_IMAP_PORT = { tls: 993, starttls: 143, none: 143 } as const;

/** The port a security choice usually goes with, filled in when the admin picks it. */
const USUAL_PORT = { tls: 465, starttls: 587, none: 25 } as const;

/** The body the API takes: empty optional fields are "none", an empty password on edit keeps it. */
export function toBody(v: Values, editing: boolean): SmtpAccountBody {
  const username = v.smtpUsername?.trim() || null;
  const body: SmtpAccountBody = {
    name: v.name.trim(),
    address: v.address.trim(),
    fromName: v.fromName?.trim() || null,
    smtpHost: v.smtpHost.trim(),
    smtpPort: v.smtpPort,
    smtpTls: v.smtpTls,
    smtpUsername: username,
  };
  // No user name means no sign-in, so no password either; on edit an empty box keeps the saved one.
  if (!username) body.smtpPassword = null;
  else if (v.smtpPassword) body.smtpPassword = v.smtpPassword;
  else if (!editing) body.smtpPassword = null;
  // The return-path mailbox (bounces): no server means none; an empty password on edit keeps it.
  const imapHost = v.imapHost?.trim();
  if (!imapHost) body.imapHost = null;
  else {
    body.imapHost = imapHost;
    body.imapPort = v.imapPort ?? null;
    body.imapTls = v.imapTls ?? null;
    body.imapUsername = v.imapUsername?.trim() || null;
    if (v.imapPassword) body.imapPassword = v.imapPassword;
    else if (!editing) body.imapPassword = null;
  }
  return body;
}

/**
 * On edit, only what changed: the server forgets the last test when a connection field is sent,
 * so renaming an account must not send its unchanged host and turn "Tested" into "Not tested".
 */
export function changedOnly(body: SmtpAccountBody, a: SmtpAccount): Partial<SmtpAccountBody> {
  const saved: Record<string, unknown> = {
    name: a.name,
    address: a.address,
    fromName: a.fromName,
    smtpHost: a.smtpHost,
    smtpPort: a.smtpPort,
    smtpTls: a.smtpTls,
    smtpUsername: a.smtpUsername,
    smtpPassword: a.hasPassword ? undefined : null,
    imapHost: a.imapHost,
    imapPort: a.imapPort,
    imapTls: a.imapTls,
    imapUsername: a.imapUsername,
    imapPassword: a.hasImapPassword ? undefined : null,
  };
  return Object.fromEntries(Object.entries(body).filter(([k, x]) => saved[k] !== x));
}

/** Add or edit an account. One column, so it fits a phone; a saved password is never shown. */
export function SmtpAccountFormModal(props: {
  account: SmtpAccount | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const a = props.account;
  const required = [{ required: true, message: t('errors.required') }];
  const save = async (v: Values) => {
    setSaving(true);
    const body = toBody(v, a !== null);
    try {
      if (a) {
        const change = changedOnly(body, a);
        if (Object.keys(change).length)
          await unwrap(
            client.PATCH('/smtp-accounts/{id}', { params: { path: { id: a.id } }, body: change }),
          );
      } else await unwrap(client.POST('/smtp-accounts', { body }));
      void message.success(t('smtpAccounts.saved'));
      props.onSaved();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, { known: KNOWN });
      if (rest.length) void message.error(rest.map((e) => e.message).join('; '));
      else if (!(err instanceof ApiError) || err.errors.length === 0)
        void message.error(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={a ? t('smtpAccounts.edit') : t('smtpAccounts.add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'smtp-account-save' }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.smtpTls) form.setFieldValue('smtpPort', USUAL_PORT[changed.smtpTls]);
          if (changed.imapTls) form.setFieldValue('imapPort', USUAL_IMAP_PORT[changed.imapTls]);
        }}
        initialValues={{
          name: a?.name,
          address: a?.address,
          fromName: a?.fromName ?? undefined,
          smtpHost: a?.smtpHost,
          smtpPort: a?.smtpPort ?? 587,
          smtpTls: a?.smtpTls ?? 'starttls',
          smtpUsername: a?.smtpUsername ?? undefined,
          imapHost: a?.imapHost ?? undefined,
          imapPort: a?.imapPort ?? 993,
          imapTls: a?.imapTls ?? 'tls',
          imapUsername: a?.imapUsername ?? undefined,
        }}
      >
        <Form.Item
          name="name"
          label={t('smtpAccounts.fields.name')}
          extra={t('smtpAccounts.fields.nameHint')}
          rules={required}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('smtpAccounts.fields.address')}
          rules={[...required, { type: 'email', message: t('errors.email') }]}
        >
          <Input type="email" inputMode="email" maxLength={320} placeholder="news@example.com" />
        </Form.Item>
        <Form.Item
          name="fromName"
          label={t('smtpAccounts.fields.fromName')}
          extra={t('smtpAccounts.fields.fromNameHint')}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="smtpHost" label={t('smtpAccounts.fields.host')} rules={required}>
          <Input maxLength={253} placeholder="smtp.example.com" />
        </Form.Item>
        <Form.Item name="smtpTls" label={t('smtpAccounts.fields.tls')} rules={required}>
          <Select
            data-testid="smtp-account-tls"
            options={(['starttls', 'tls', 'none'] as const).map((v) => ({
              value: v,
              label: t(`smtpAccounts.tls.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="smtpPort" label={t('smtpAccounts.fields.port')} rules={required}>
          <InputNumber min={1} max={65535} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="smtpUsername"
          label={t('smtpAccounts.fields.username')}
          extra={t('smtpAccounts.fields.usernameHint')}
        >
          <Input autoComplete="off" maxLength={320} />
        </Form.Item>
        <Form.Item
          name="smtpPassword"
          label={t('smtpAccounts.fields.password')}
          extra={a?.hasPassword ? t('smtpAccounts.fields.passwordKeep') : undefined}
        >
          <Input.Password autoComplete="new-password" maxLength={1000} />
        </Form.Item>
        <Divider plain>{t('smtpAccounts.returnPath.title')}</Divider>
        <Typography.Paragraph type="secondary">
          {t('smtpAccounts.returnPath.hint')}
        </Typography.Paragraph>
        <Form.Item name="imapHost" label={t('smtpAccounts.returnPath.host')}>
          <Input
            maxLength={253}
            placeholder="imap.example.com"
            data-testid="smtp-account-imap-host"
          />
        </Form.Item>
        <Form.Item name="imapTls" label={t('smtpAccounts.returnPath.tlsLabel')}>
          <Select
            options={(['tls', 'starttls', 'none'] as const).map((v) => ({
              value: v,
              label: t(`smtpAccounts.returnPath.tls.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="imapPort" label={t('smtpAccounts.returnPath.port')}>
          <InputNumber min={1} max={65535} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="imapUsername" label={t('smtpAccounts.returnPath.username')}>
          <Input autoComplete="off" maxLength={320} />
        </Form.Item>
        <Form.Item
          name="imapPassword"
          label={t('smtpAccounts.returnPath.password')}
          extra={a?.hasImapPassword ? t('smtpAccounts.fields.passwordKeep') : undefined}
        >
          <Input.Password autoComplete="new-password" maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
