import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The colour of a lead score, as health's: green from 70, amber from 40, red below. */
const color = (score: number) => (score >= 70 ? 'green' : score >= 40 ? 'gold' : 'red');

/**
 * A lead's score where a list shows it. Only leads and prospects are scored: for the others the
 * API answers null and nothing is shown (not a zero, which would read as a poor lead).
 */
export function LeadScoreBadge({
  score,
  withLabel,
}: {
  score: number | null;
  withLabel?: boolean;
}) {
  const { t } = useTranslation();
  if (score === null) return null;
  return (
    <Tag color={color(score)} style={{ marginInlineEnd: 0 }} data-testid="lead-score-badge">
      {withLabel ? `${t('insight.leadScore.column')} ${score}` : score}
    </Tag>
  );
}
