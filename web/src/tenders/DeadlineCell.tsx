import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countryName } from '../lib/countries.ts';
import { formatDate, formatDay } from '../lib/format.ts';
import { zoneLabel } from '../lib/time-zone.ts';
import type { Deadline } from './types.ts';

/** How urgent the days left look: red within a working week, orange within two. */
export function urgency(d: Deadline): string {
  if (d.passed) return 'default';
  if (d.businessDaysLeft <= 5) return 'red';
  if (d.businessDaysLeft <= 10) return 'orange';
  return 'blue';
}

/**
 * A deadline as the team needs it: the business days left in the home office's calendar, the
 * buyer's wall-clock time as published, and the same instant on the reader's own clock.
 */
export function DeadlineCell(props: {
  deadline: Deadline;
  homeCountry: string;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const d = props.deadline;
  const lang = i18n.language;
  // The weekday matters for a deadline this year; another year's needs the year instead.
  const thisYear = String(new Date().getFullYear());
  const when = (m: Deadline['buyer']) =>
    `${m.date.startsWith(thisYear) ? formatDay(m.date, lang) : formatDate(m.date, lang)} ${m.time}`;
  const days = d.passed
    ? t('tenders.deadline.passed')
    : d.businessDaysLeft === 0
      ? t('tenders.deadline.lastDay')
      : t('tenders.deadline.businessDays', { count: d.businessDaysLeft });
  const sameClock = d.viewer.timeZone === d.buyer.timeZone;
  return (
    <Flex vertical gap={2} data-testid="deadline">
      <Tooltip
        title={t('tenders.deadline.explain', {
          calendarDays: d.calendarDaysLeft,
          home: countryName(props.homeCountry, lang),
          homeTime: when(d.home),
        })}
      >
        <Tag color={urgency(d)} style={{ width: 'fit-content' }} data-testid="business-days">
          {days}
        </Tag>
      </Tooltip>
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>
        {t('tenders.deadline.buyer')} {when(d.buyer)}{' '}
        <Typography.Text type="secondary">({zoneLabel(d.buyer.timeZone, lang)})</Typography.Text>
      </Typography.Text>
      {!sameClock && (
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t('tenders.deadline.you')} {when(d.viewer)}
          {props.compact ? '' : ` (${zoneLabel(d.viewer.timeZone, lang)})`}
        </Typography.Text>
      )}
    </Flex>
  );
}
