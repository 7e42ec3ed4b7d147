import { ClockCircleOutlined, PhoneOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../api/models.ts';
import { useSession } from '../auth/session.tsx';
import { formatDateTime, weekendOf } from '../lib/format.ts';
import { hoursAhead, zoneLabel } from '../lib/time-zone.ts';
import { useNow } from '../lib/useNow.ts';
import { useContactWindows } from './useContactWindows.ts';

type Who = Pick<Customer, 'id' | 'timeZone' | 'country'>;

/** The first stretch of both sides' office hours that has not ended yet, and whether it is on. */
function NextWindow({ customer, now }: { customer: Who; now: Date }) {
  const { t, i18n } = useTranslation();
  const windows = useContactWindows(customer);
  if (windows.isPending && !windows.noZone) return null;
  const next = (windows.data?.days ?? [])
    .flatMap((d) => d.windows)
    .find((w) => new Date(w.endUtc) > now);
  const open = next && new Date(next.startUtc) <= now;
  const day = next
    ? new Intl.DateTimeFormat(i18n.language, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${next.customer.date}T00:00:00Z`))
    : '';
  return (
    <Space orientation="vertical" size={0} data-testid="next-window">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <PhoneOutlined /> {t('phone.nextWindow')}
      </Typography.Text>
      {next ? (
        <Typography.Text strong={!!open}>
          {open && (
            <Tag color="green" style={{ marginInlineEnd: 6 }}>
              {t('phone.nowOpen')}
            </Tag>
          )}
          {t('phone.nextWindowAt', {
            day,
            them: `${next.customer.start}–${next.customer.end}`,
            us: `${next.home.start}–${next.home.end}`,
          })}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t('phone.noWindow')}</Typography.Text>
      )}
    </Space>
  );
}

/**
 * The customer's local time now, its distance from the user's clock, whether it is office time
 * there, and the next window when both offices are open — the first thing a rep checks before
 * calling, so it heads the customer page on a phone.
 */
export function LocalTimeCard({
  customer,
  note,
}: {
  customer: Who;
  /** how the zone was chosen (an assumed zone says what to fill in) */
  note?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  // the same clock the contact windows count in (the profile's zone, else this browser's)
  const { timeZone: mine } = useSession();
  const now = useNow();
  const { timeZone, country } = customer;
  const title = (
    <>
      <ClockCircleOutlined /> {t('customers.localTime')}
    </>
  );
  if (!timeZone) {
    return (
      <Card size="small" title={title}>
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
    <Card size="small" title={title}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={[8, 0]} align="center">
          <Typography.Text strong style={{ fontSize: 20 }} data-testid="local-time">
            {new Intl.DateTimeFormat(i18n.language, {
              timeZone,
              weekday: 'long',
              hour: '2-digit',
              minute: '2-digit',
            }).format(now)}
          </Typography.Text>
          <Tag color={working ? 'green' : 'orange'}>
            {working ? t('customers.workingHours') : t('customers.outsideHours')}
          </Tag>
        </Space>
        <Typography.Text type="secondary">
          {timeZone} · {relative}
        </Typography.Text>
        {note}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(now.toISOString(), i18n.language, timeZone)}
        </Typography.Text>
        <NextWindow customer={customer} now={now} />
      </Space>
    </Card>
  );
}
