import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Reason = { code: string; points: number; params: Record<string, number | string> };
type Level = 'low' | 'medium' | 'high';

const COLORS: Record<Level, string | undefined> = { high: 'red', medium: 'orange', low: undefined };

/** The churn score as a tag: "62 · high". */
export function ChurnTag({ score, level }: { score: number; level: Level }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[level]} data-testid="churn-score">
      {score} · {t(`churn.level.${level}`)}
    </Tag>
  );
}

/**
 * Each reason in the reader's language from its stable code and figures, with the points it
 * adds, so the score can be checked by hand.
 */
export function ChurnReasons({ reasons }: { reasons: Reason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0)
    return <Typography.Text type="secondary">{t('churn.noReasons')}</Typography.Text>;
  return (
    <Space direction="vertical" size={2}>
      {reasons.map((r) => (
        <Typography.Text key={r.code}>
          <Tag>+{r.points}</Tag>
          {t(`churn.reason.${r.code}`, {
            ...r.params,
            latestKind: r.params.latestKind === 'nps' ? 'NPS' : 'CSAT',
            ...(r.params.cause === 'left' || r.params.cause === 'bounced'
              ? { cause: t(`churn.cause.${r.params.cause}`) }
              : {}),
          })}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** Where a customer's risk card is: the customer page, scrolled to the card. */
export const riskCardPath = (customerId: string) => `/customers/${customerId}#risk`;

/** The suggested action with the strongest reason behind it: "Call the buyer · order overdue". */
export function SuggestedAction({
  suggestion,
}: {
  suggestion: { action: string; reason: string } | null;
}) {
  const { t } = useTranslation();
  if (!suggestion) return null;
  return (
    <Typography.Text data-testid="churn-suggestion">
      <strong>{t(`churn.action.${suggestion.action}`)}</strong>{' '}
      <Typography.Text type="secondary">
        {t('churn.because', { reason: t(`churn.short.${suggestion.reason}`) })}
      </Typography.Text>
    </Typography.Text>
  );
}
