import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

// The selects' value for the server's default when none is named: the event owner's mailbox,
// the built-in invitation text.
const OWNER = '';
const BUILT_IN = '';

/**
 * Mails the invitations not sent yet (and not declined) that the user can see, each in the
 * invitee's language with their RSVP link, and plans each reminder at the invitee's time.
 */
export function SendInvitationsModal({
  eventId,
  unsent,
  onClose,
}: {
  eventId: string;
  /** invitations the user can see that were never mailed and not declined */
  unsent: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ mailboxId: string; templateId: string }>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mailboxes = useQuery({
    queryKey: qk.mailboxes(),
    queryFn: () => unwrap(client.GET('/mailboxes')).then((r) => r.items),
    select: (items) => items.filter((m) => m.smtpHost),
  });
  const templates = useQuery({
    queryKey: qk.templates.all(),
    queryFn: () => unwrap(client.GET('/templates')).then((r) => r.items),
  });

  const send = async () => {
    setSending(true);
    setProblem(null);
    try {
      const chosen = form.getFieldValue('mailboxId') as string | undefined;
      const template = form.getFieldValue('templateId') as string | undefined;
      const r = await unwrap(
        client.POST('/events/{id}/invitations/send', {
          params: { path: { id: eventId } },
          body: {
            ...(chosen ? { mailboxId: chosen } : {}),
            ...(template ? { templateId: template } : {}),
          },
        }),
      );
      const noEmail = r.skipped.filter((s) => s.reason === 'contact_no_email').length;
      void message.success(t('events.mail.queued', { count: r.queued, noEmail }));
      void qc.invalidateQueries({ queryKey: qk.events.invitations(eventId) });
      onClose();
    } catch (err) {
      const left = applyFieldErrors(form, err, t, { known: ['mailboxId', 'templateId'] });
      setProblem(left.map((e) => e.message).join(' ') || (err as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open
      title={t('events.mail.title')}
      onCancel={onClose}
      onOk={() => void send()}
      okText={t('events.mail.send', { count: unsent })}
      cancelText={t('common.cancel')}
      confirmLoading={sending}
      okButtonProps={{ 'data-testid': 'mail-invitations-send', disabled: unsent === 0 }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('events.mail.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ mailboxId: OWNER, templateId: BUILT_IN }}
      >
        <Form.Item name="mailboxId" label={t('events.mail.mailbox')}>
          <Select
            data-testid="mail-invitations-mailbox"
            options={[
              { value: OWNER, label: t('events.mail.ownerMailbox') },
              ...(mailboxes.data ?? []).map((m) => ({ value: m.id, label: m.address })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="templateId"
          label={t('events.mail.template')}
          extra={t('events.mail.templateHint')}
        >
          <Select
            data-testid="mail-invitations-template"
            loading={templates.isLoading}
            options={[
              { value: BUILT_IN, label: t('events.mail.builtInText') },
              ...(templates.data ?? []).map((x) => ({ value: x.id, label: x.name })),
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
