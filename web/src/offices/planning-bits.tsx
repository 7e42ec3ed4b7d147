import { Alert, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDay } from '../lib/format.ts';
import type { PlanSummary, PlanningDay } from './api.ts';

export const hoursOf = (minutes: number) =>
  `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** Stall periods in the window with the office's people away in them. */
export function StallWarnings({ plan }: { plan: PlanSummary }) {
  const { t, i18n } = useTranslation();
  if (!plan.stalls.length) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {plan.stalls.map((s) => (
        <Alert
          key={`${s.kind}-${s.start}`}
          type="warning"
          showIcon
          data-testid="stall-warning"
          message={`${plan.office.name}: ${t(`offices.stalls.${s.kind}`)} ${formatDate(s.start, i18n.language)} – ${formatDate(s.end, i18n.language)}`}
          description={t('offices.stalls.away', {
            away: s.peopleAway,
            headcount: s.headcount,
            peak: s.peakAway,
            date: s.peakDate ? formatDay(s.peakDate, i18n.language) : '—',
          })}
        />
      ))}
    </Space>
  );
}

/** The days one side is closed while the other works. */
export function ClosedDifferences({ plan }: { plan: PlanSummary }) {
  const { t, i18n } = useTranslation();
  if (!plan.closedDifferences.length)
    return (
      <Typography.Text type="secondary">{t('offices.planning.noDifferences')}</Typography.Text>
    );
  return (
    <Space wrap size={4}>
      {plan.closedDifferences.map((d) => (
        <Tag
          key={d.date}
          color={d.closed === 'office' ? 'red' : 'volcano'}
          data-testid="closed-difference"
        >
          {formatDay(d.date, i18n.language)} ·{' '}
          {d.closed === 'office'
            ? t('offices.planning.officeClosed')
            : t('offices.planning.hqClosed')}
          {d.because.length > 0 && `: ${d.because.join(', ')}`}
        </Tag>
      ))}
    </Space>
  );
}

/** One office day in the grid: closed (why), or open with people working and shared hours. */
export function DayCell({ day }: { day: PlanningDay }) {
  const { t } = useTranslation();
  if (!day.officeOpen)
    return (
      <Tag color="red" title={day.closedBecause.join(', ')} style={{ whiteSpace: 'normal' }}>
        {day.closedBecause.join(', ') || t('offices.planning.closed')}
      </Tag>
    );
  return (
    <Space direction="vertical" size={0}>
      <span>
        {day.officeHours?.start}–{day.officeHours?.end}
        {day.shortened && ` (${t(`offices.planning.shortened.${day.shortened}`)})`}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('offices.planning.shared', { hours: hoursOf(day.sharedMinutes) })}
      </Typography.Text>
      {day.away.length > 0 && (
        <Tag color="orange" style={{ whiteSpace: 'normal' }} data-testid="away-tag">
          {t('offices.planning.away')}: {day.away.map((a) => a.name).join(', ')}
        </Tag>
      )}
    </Space>
  );
}
