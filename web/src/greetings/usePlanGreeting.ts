import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { formatDate } from '../lib/format.ts';
import type { Greeting } from './useGreetings.ts';

/** One click: the greeting becomes a follow-up on its day, assigned to the customer's owner. */
export function usePlanGreeting() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [planning, setPlanning] = useState<string | null>(null);
  const plan = async (g: Greeting, customerId: string) => {
    const zh = i18n.language === 'zh-CN';
    const occasion = zh ? g.title.zh : g.title.en;
    const hints = g.hints.map((h) => (zh ? h.text.zh : h.text.en)).join('\n');
    setPlanning(`${g.key}:${g.date}:${customerId}`);
    try {
      await unwrap(
        client.POST('/follow-ups', {
          body: {
            customerId,
            dueDate: g.greetOn,
            note: `${t('greetings.noteFor', { occasion })}${g.contact ? ` · ${g.contact.name}` : ''}\n${hints}`.slice(
              0,
              2000,
            ),
          },
        }),
      );
      void message.success(t('greetings.planned', { date: formatDate(g.greetOn, i18n.language) }));
      void queries.invalidateQueries({ queryKey: qk.followUps() });
      void queries.invalidateQueries({ queryKey: qk.inbox.all() });
    } catch (err) {
      void message.error(err instanceof Error ? err.message : t('errors.generic'));
    } finally {
      setPlanning(null);
    }
  };
  return { plan, planning };
}
