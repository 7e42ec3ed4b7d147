import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Target } from './api.ts';

const COLORS = { ok: 'green', warning: 'orange', breached: 'red' } as const;

/** A breach state as a coloured tag. */
export function BreachTag({ state }: { state: 'ok' | 'warning' | 'breached' }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid={`breach-${state}`}>
      {t(`tickets.breach.${state}`)}
    </Tag>
  );
}

/** Business minutes as "2 h 15 min" (negative: overdue). */
export function Minutes({ value }: { value: number }) {
  const { t } = useTranslation();
  const m = Math.abs(value);
  const text = t('tickets.duration', { h: Math.floor(m / 60), m: m % 60 });
  return value < 0 ? (
    <Typography.Text type="danger">{t('tickets.overdue', { time: text })}</Typography.Text>
  ) : (
    <span>{text}</span>
  );
}

/** Time left of a running target, "met", or "paused". */
export function TimeLeft({ target, paused }: { target: Target; paused: boolean }) {
  const { t } = useTranslation();
  if (target.metAt) return <Typography.Text type="secondary">{t('tickets.met')}</Typography.Text>;
  if (paused || target.due === null)
    return (
      <Tooltip title={t('tickets.pausedHint')}>
        <Tag>{t('tickets.paused')}</Tag>
      </Tooltip>
    );
  return target.minutesLeft === null ? null : <Minutes value={target.minutesLeft} />;
}

/**
 * The running target of a ticket: the first response until met, then a next response the
 * customer is waiting for, then the resolution.
 */
export const runningTarget = (sla: {
  firstResponse: Target;
  resolution: Target;
  nextResponse?: Target | null;
}) =>
  !sla.firstResponse.metAt
    ? sla.firstResponse
    : sla.nextResponse && !sla.nextResponse.metAt
      ? sla.nextResponse
      : sla.resolution;
