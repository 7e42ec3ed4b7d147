import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import type { Greeting } from './useGreetings.ts';

export type GreetingMail = ResponseOf<'/customers/{id}/greetings/mail', 'post'>;

/** The key of one greeting for one customer: what is being sent, what was scheduled. */
export const greetingKey = (g: Greeting, customerId: string) => `${g.key}:${g.date}:${customerId}`;

/**
 * One click: the greeting becomes an email from the user's mailbox at 09:30 on the contact's
 * clock on its greeting day. What was scheduled stays shown (their time and ours) with a cancel.
 */
export function useMailGreeting() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [sending, setSending] = useState<string | null>(null);
  const [scheduled, setScheduled] = useState<Record<string, GreetingMail>>({});
  const fail = (err: unknown) => {
    const first = err instanceof ApiError ? err.errors[0] : undefined;
    void message.error(
      first
        ? translateFieldError(first, t)
        : err instanceof Error
          ? err.message
          : t('errors.generic'),
    );
  };
  const schedule = async (g: Greeting, customerId: string) => {
    const key = greetingKey(g, customerId);
    setSending(key);
    try {
      const out = await unwrap(
        client.POST('/customers/{id}/greetings/mail', {
          params: { path: { id: customerId } },
          body: { key: g.key, date: g.date, ...(g.contact ? { contactId: g.contact.id } : {}) },
        }),
      );
      setScheduled((all) => ({ ...all, [key]: out }));
      void message.success(t('greetings.mailScheduled', { name: out.contact.name }));
      void queries.invalidateQueries({ queryKey: ['messages'] });
    } catch (err) {
      fail(err);
    } finally {
      setSending(null);
    }
  };
  const cancel = async (key: string) => {
    const mail = scheduled[key];
    if (!mail) return;
    setSending(key);
    try {
      await unwrap(
        client.POST('/messages/{id}/cancel', { params: { path: { id: mail.messageId } } }),
      );
      setScheduled(({ [key]: _gone, ...rest }) => rest);
      void message.success(t('greetings.mailCancelled'));
      void queries.invalidateQueries({ queryKey: ['messages'] });
    } catch (err) {
      fail(err);
    } finally {
      setSending(null);
    }
  };
  return { schedule, cancel, sending, scheduled };
}

export type MailGreeting = ReturnType<typeof useMailGreeting>;
