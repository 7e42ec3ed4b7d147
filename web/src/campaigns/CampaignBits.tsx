import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignStatus } from './types.ts';

const COLOURS: Record<CampaignStatus, string> = {
  draft: 'default',
  pending_approval: 'orange',
  scheduled: 'blue',
  sending: 'processing',
  done: 'green',
  cancelled: 'red',
};

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid="campaign-status">
      {t(`campaigns.status.${status}`)}
    </Tag>
  );
}

/** ISO weekday (1 Monday … 7 Sunday) in the reader's language; 1 Jan 2024 was a Monday. */
export const weekdayName = (weekday: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );

/** "Tuesday 10:00 at each recipient", or "As soon as scheduled". */
export function ScheduleText({ schedule }: { schedule: Campaign['schedule'] }) {
  const { t, i18n } = useTranslation();
  if (schedule.mode === 'now') return <>{t('campaigns.now')}</>;
  const day = schedule.weekday
    ? weekdayName(schedule.weekday, i18n.language)
    : t('campaigns.firstDay');
  return <>{t('campaigns.atRecipient', { day, time: schedule.time ?? '' })}</>;
}
