import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Flex, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { displayName } from '../lib/display-names.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { ReasonText, WarningList } from '../templates/RenderNotes.tsx';
import { SendWhen, sendAtOf, type When } from './SendWhen.tsx';

const label = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

/**
 * Writing to a customer's contact: a template rendered in the contact's language (which one and
 * why, with the culture checks), editable before sending, sent now, at their morning or a time.
 */
export function ComposeModal(props: {
  customerId: string;
  customerName: string;
  timeZone: string | null;
  onClose: () => void;
  /** written from a deal or a ticket: its fields fill the template, the mail is listed on it */
  about?: { dealId?: string; ticketId?: string; label: string };
  /** the contact picked at first (the deal's or ticket's) */
  contactId?: string;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [contactId, setContactId] = useState<string | undefined>(props.contactId);
  const aboutIds = {
    ...(props.about?.dealId ? { dealId: props.about.dealId } : {}),
    ...(props.about?.ticketId ? { ticketId: props.about.ticketId } : {}),
  };
  const [mailboxId, setMailboxId] = useState<string>();
  const [templateId, setTemplateId] = useState<string>();
  const [quoteId, setQuoteId] = useState<string>();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [when, setWhen] = useState<When>({ mode: 'now' });
  const contacts = useQuery({
    queryKey: qk.contacts(props.customerId),
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}/contacts', { params: { path: { id: props.customerId } } }),
      ).then((r) => r.items),
  });
  const mailboxes = useQuery({
    queryKey: qk.mailboxes(),
    queryFn: () => unwrap(client.GET('/mailboxes')).then((r) => r.items.filter((m) => m.smtpHost)),
  });
  // The customer's quotes: one picked fills the template's quote fields and its PDF goes along.
  const quotes = useQuery({
    queryKey: qk.quotes.list({ customerId: props.customerId, compose: true }),
    queryFn: () =>
      unwrap(
        client.GET('/quotes', { params: { query: { customerId: props.customerId, limit: 50 } } }),
      ).then((r) => r.items),
  });
  const templates = useQuery({
    queryKey: qk.templates.all(),
    queryFn: () => unwrap(client.GET('/templates')).then((r) => r.items),
  });
  const rendered = useQuery({
    queryKey: [
      ...qk.templates.render(templateId ?? '', contactId ?? '', undefined),
      quoteId,
      aboutIds,
    ],
    enabled: !!templateId && !!contactId,
    retry: false,
    queryFn: () =>
      unwrap(
        client.POST('/templates/{id}/render', {
          params: { path: { id: templateId ?? '' } },
          body: { contactId: contactId ?? '', ...(quoteId ? { quoteId } : {}), ...aboutIds },
        }),
      ),
  });
  const r = rendered.data;
  // The rendered text is a starting point the sender may still edit.
  useEffect(() => {
    if (r) {
      setSubject(r.subject);
      setBody(r.body);
    }
  }, [r]);
  const mailbox = mailboxId ?? mailboxes.data?.[0]?.id;
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/messages', {
          body: {
            mailboxId: mailbox,
            contactId: contactId ?? '',
            ...(templateId ? { templateId } : {}),
            ...(quoteId ? { quoteId } : {}),
            ...aboutIds,
            ...(subject ? { subject } : {}),
            ...(body ? { body } : {}),
            sendAt: sendAtOf(when),
          },
        }),
      ),
    onSuccess: (m) => {
      void qc.invalidateQueries({ queryKey: ['messages'] });
      const at = m.outgoing?.plannedAt ?? m.sentAt;
      void message.success(
        when.mode === 'now'
          ? t('outbox.compose.sent')
          : t('outbox.compose.scheduled', {
              time: formatDateTime(at, i18n.language, props.timeZone ?? undefined),
            }),
      );
      props.onClose();
    },
  });
  const err = [send.error, rendered.error].find((e) => e instanceof ApiError);
  const noMailbox = mailboxes.isSuccess && mailboxes.data.length === 0;
  return (
    <Modal
      open
      title={t('outbox.compose.title', { customer: props.customerName })}
      onCancel={props.onClose}
      onOk={() => send.mutate()}
      okText={when.mode === 'now' ? t('outbox.compose.send') : t('outbox.compose.schedule')}
      okButtonProps={{
        disabled: !contactId || !mailbox || (when.mode === 'at' && !when.at),
        loading: send.isPending,
        'data-testid': 'compose-send',
      }}
      width={640}
      destroyOnHidden
    >
      <Flex vertical gap={10} data-testid="compose">
        {noMailbox && (
          <Alert
            type="warning"
            showIcon
            title={t('outbox.compose.noMailbox')}
            description={<Link to="/profile/mailboxes">{t('outbox.compose.mailboxesLink')}</Link>}
          />
        )}
        {props.about && (
          <Typography.Text type="secondary" data-testid="compose-about">
            {props.about.label}
          </Typography.Text>
        )}
        {label(t('outbox.compose.contact'))}
        <Select
          value={contactId}
          onChange={setContactId}
          loading={contacts.isPending}
          data-testid="compose-contact"
          options={(contacts.data ?? []).map((c) => ({
            value: c.id,
            disabled: !c.emails.length,
            label: `${[c.firstName, c.lastName].filter(Boolean).join(' ')} · ${c.emails[0] ?? t('outbox.compose.noEmail')}`,
          }))}
        />
        {label(t('outbox.compose.mailbox'))}
        <Select
          value={mailbox}
          onChange={setMailboxId}
          options={(mailboxes.data ?? []).map((m) => ({ value: m.id, label: m.address }))}
        />
        {label(t('outbox.compose.template'))}
        <Select
          allowClear
          value={templateId}
          placeholder={t('outbox.compose.noTemplate')}
          onChange={(v?: string) => setTemplateId(v)}
          data-testid="compose-template"
          options={(templates.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
        {label(t('outbox.compose.quote'))}
        <Select
          allowClear
          value={quoteId}
          placeholder={t('outbox.compose.noQuote')}
          onChange={(v?: string) => setQuoteId(v)}
          loading={quotes.isPending}
          data-testid="compose-quote"
          notFoundContent={t('outbox.compose.noQuotes')}
          options={(quotes.data ?? []).map((q) => ({
            value: q.id,
            label: `${q.number}${q.revision ? ` ${q.revision}` : ''} · ${formatMoney(q.totalMinor, q.currency, i18n.language)} · ${t(`quotes.statuses.${q.status}`)}`,
          }))}
        />
        {quoteId && (
          <Typography.Text type="secondary" data-testid="compose-quote-note">
            {t('outbox.compose.quoteAttached')}
          </Typography.Text>
        )}
        {r && (
          <Flex vertical gap={4} data-testid="compose-language">
            <Typography.Text strong>
              {t('outbox.compose.chosen', {
                language: displayName('language', r.language, i18n.language),
              })}
            </Typography.Text>
            <ReasonText reason={r.reason} language={r.language} />
          </Flex>
        )}
        {label(t('outbox.compose.subject'))}
        <Input value={subject} onChange={(e) => setSubject(e.target.value)} />
        {label(t('outbox.compose.body'))}
        <Input.TextArea
          value={body}
          onChange={(e) => setBody(e.target.value)}
          autoSize={{ minRows: 5, maxRows: 14 }}
          dir={r?.language.startsWith('ar') ? 'rtl' : undefined}
        />
        {r && !!r.warnings.length && (
          <>
            <Typography.Text strong>{t('outbox.compose.warnings')}</Typography.Text>
            <WarningList warnings={r.warnings} />
          </>
        )}
        {label(t('outbox.compose.when'))}
        <SendWhen contactId={contactId} timeZone={props.timeZone} value={when} onChange={setWhen} />
        {err instanceof ApiError && (
          <Alert
            type="error"
            showIcon
            title={
              err.errors.length
                ? err.errors.map((e) => translateFieldError(e, t)).join('; ')
                : err.message
            }
          />
        )}
      </Flex>
    </Modal>
  );
}
