import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../api/models.ts';

type ModelChurnValue = NonNullable<ResponseOf<'/customers/{id}/risk'>['modelChurn']>;

/**
 * The trained model's view of one customer on the risk card, labelled as the model and shown
 * below the rule-based score (never instead of it): the probability and the two features that
 * move it most.
 */
export function ModelChurnLine({ m }: { m: ModelChurnValue }) {
  const { t } = useTranslation();
  const top = [...m.contributions]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, 2);
  return (
    <Space direction="vertical" size={2} data-testid="model-churn">
      <Space wrap>
        <Tag color={m.probability >= 0.5 ? 'red' : m.probability >= 0.25 ? 'orange' : 'green'}>
          {Math.round(m.probability * 100)} %
        </Tag>
        <span>
          {t('churnModel.probability', {
            percent: Math.round(m.probability * 100),
            days: m.horizonDays,
          })}
        </span>
      </Space>
      {top.map((c) => (
        <Typography.Text key={c.feature} type="secondary">
          {t(`churnModel.features.${c.feature}`)}:{' '}
          {t(c.contribution >= 0 ? 'churnModel.raises' : 'churnModel.lowers')}
        </Typography.Text>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('churnModel.cardHint', { auc: m.auc.toFixed(2), date: m.trainedOn })}
      </Typography.Text>
    </Space>
  );
}
