import { useQuery } from '@tanstack/react-query';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { formatDateTime, formatDay } from '../lib/format.ts';
import type { Slots } from './types.ts';

type Slot = Slots['nextInHours'];

function SlotLine(props: { slot: Slot; zone: string }) {
  const { t, i18n } = useTranslation();
  const s = props.slot;
  const skipped = s.skipped.map((d) => formatDay(d.date, i18n.language)).join(', ');
  return (
    <Typography.Text>
      {formatDay(s.local.date, i18n.language)} {s.local.time} ({t('templates.slots.theirs')}) ·{' '}
      <Typography.Text type="secondary">
        {formatDateTime(s.at, i18n.language)} ({t('templates.slots.yours')})
        {skipped ? ` · ${t('templates.slots.skipped', { days: skipped })}` : ''}
      </Typography.Text>
    </Typography.Text>
  );
}

/** When a message would reach the contact at work, in their clock and yours. */
export function SendSlots(props: { contactId: string }) {
  const { t } = useTranslation();
  const slots = useQuery({
    queryKey: qk.templates.slots(props.contactId),
    queryFn: () =>
      unwrap(client.GET('/send-slots', { params: { query: { contactId: props.contactId } } })),
  });
  if (!slots.data) return null;
  const d = slots.data;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>
        {t('templates.slots.title')} · {d.timeZone} · {d.hours.start}–{d.hours.end}
      </Typography.Text>
      <Typography.Text type="secondary">{t('templates.slots.nextInHours')}</Typography.Text>
      <SlotLine slot={d.nextInHours} zone={d.timeZone} />
      <Typography.Text type="secondary">{t('templates.slots.mornings')}</Typography.Text>
      {d.mornings.map((m) => (
        <SlotLine key={m.at} slot={m} zone={d.timeZone} />
      ))}
    </Flex>
  );
}
