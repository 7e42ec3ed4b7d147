import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export type HealthStatus = 'new' | 'churned' | 'scored';

/** The colour of a score: green from 70, amber from 40, red below. */
export const healthColor = (score: number) =>
  score >= 70 ? 'green' : score >= 40 ? 'gold' : 'red';

/**
 * A customer's health where a list shows it: the score, or "New" / "Churned" when there is none
 * (a new customer is not red for not having been called yet).
 */
export function HealthBadge({ status, score }: { status: HealthStatus; score: number | null }) {
  const { t } = useTranslation();
  if (status === 'new')
    return (
      <Tooltip title={t('firstContact.healthNewHint')}>
        <Tag color="blue" data-testid="health-new">
          {t('firstContact.healthNew')}
        </Tag>
      </Tooltip>
    );
  if (status === 'churned')
    return (
      <Tooltip title={t('firstContact.healthChurnedHint')}>
        <Tag data-testid="health-churned">{t('firstContact.healthChurned')}</Tag>
      </Tooltip>
    );
  return score === null ? null : <Tag color={healthColor(score)}>{score}</Tag>;
}
