import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  yes: 'green',
  waitlisted: 'orange',
  maybe: 'gold',
  no: 'red',
  invited: 'default',
};

/** An invitee's answer: not yet, yes, maybe, no, or on the waiting list. */
export function RsvpTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="rsvp-tag">
      {t(`events.rsvp.${status as 'yes'}`, { defaultValue: status })}
    </Tag>
  );
}
