import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';
import { formatDateTime, weekendOf } from '../lib/format.ts';
import { hoursAhead, zoneLabel } from '../lib/time-zone.ts';

function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** The customer's local time now, its distance from the user's clock, and whether it is office time there. */
export function LocalTimeCard({
  timeZone,
  country,
  note,
}: {
  timeZone: string | null;
  country: string;
  /** how the zone was chosen (an assumed zone says what to fill in) */
  note?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  // the same clock the contact windows count in (the profile's zone, else this browser's)
  const { timeZone: mine } = useSession();
  const now = useNow();
  if (!timeZone) {
    return (
      <Card
        size="small"
        title={
          <>
            <ClockCircleOutlined /> {t('customers.localTime')}
          </>
        }
      >
        <Typography.Text type="secondary">{t('customers.localTimeUnknown')}</Typography.Text>
      </Card>
    );
  }
  const diff = hoursAhead(timeZone, mine, now);
  const zone = zoneLabel(mine, i18n.language);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: 'numeric',
    weekday: 'short',
  }).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const weekday =
    ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
      parts.find((p) => p.type === 'weekday')?.value ?? '',
    ) + 1;
  const weekend = weekendOf(country).includes(weekday);
  const working = !weekend && hour >= 9 && hour < 18;
  const relative =
    diff === 0
      ? t('customers.localSame', { zone })
      : diff > 0
        ? t('customers.localAhead', { hours: diff, zone })
        : t('customers.localBehind', { hours: -diff, zone });

  return (
    <Card
      size="small"
      title={
        <>
          <ClockCircleOutlined /> {t('customers.localTime')}
        </>
      }
    >
      <Space orientation="vertical" size={4}>
        <Typography.Text strong style={{ fontSize: 20 }} data-testid="local-time">
          {new Intl.DateTimeFormat(i18n.language, {
            timeZone,
            weekday: 'long',
            hour: '2-digit',
            minute: '2-digit',
          }).format(now)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {timeZone} · {relative}
        </Typography.Text>
        {note}
        <Tag color={working ? 'green' : 'orange'}>
          {working ? t('customers.workingHours') : t('customers.outsideHours')}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(now.toISOString(), i18n.language, timeZone)}
        </Typography.Text>
      </Space>
    </Card>
  );
}
