import { Card, Progress, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryName } from '../lib/countries.ts';

type Part = ResponseOf<'/customers/{id}/lead-score'>['parts'][number];

/** Only leads and prospects are scored (docs/insight.md, "Lead score"). */
export const SCORED_STAGES = ['lead', 'prospect'];

export const leadScoreColor = (score: number) =>
  score >= 70 ? '#52c41a' : score >= 40 ? '#faad14' : '#ff4d4f';

/**
 * A lead's score explained part by part, as the health card explains health: each part's
 * points out of its maximum and the customer's own value it was scored on.
 */
export function LeadScoreCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const score = useQuery({
    queryKey: qk.insight.leadScore(customerId),
    queryFn: () =>
      unwrap(client.GET('/customers/{id}/lead-score', { params: { path: { id: customerId } } })),
  });
  const s = score.data;
  const icp = s?.icp;
  const noProfile = icp && !Object.values(icp).some((list) => list.length);
  return (
    <Card
      size="small"
      title={t('insight.leadScore.title')}
      loading={score.isPending}
      data-testid="lead-score-card"
    >
      {score.isError && <Typography.Text type="danger">{t('common.loadFailed')}</Typography.Text>}
      {s && (
        <Space orientation="vertical" style={{ width: '100%' }} size={4}>
          <Space align="center">
            <Progress
              type="circle"
              size={64}
              percent={s.score}
              format={(p) => <span data-testid="lead-score">{p}</span>}
              strokeColor={leadScoreColor(s.score)}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('insight.leadScore.hint')}
            </Typography.Text>
          </Space>
          {noProfile && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('insight.leadScore.noProfile')}
            </Typography.Text>
          )}
          {s.parts.map((p) => (
            <div key={p.key} data-testid={`lead-part-${p.key}`}>
              <Typography.Text style={{ fontSize: 12 }}>
                {t(`insight.leadScore.parts.${p.key}`)}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  ({t('insight.leadScore.points', { points: p.points, max: p.max })}) ·{' '}
                  <PartValue part={p} />
                </Typography.Text>
              </Typography.Text>
              <Progress
                percent={p.max ? Math.round((p.points / p.max) * 100) : 0}
                size="small"
                showInfo={false}
              />
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}

function PartValue({ part }: { part: Part }) {
  const { t, i18n } = useTranslation();
  const v = part.value;
  if (v === null || v === '') return <>{t('insight.leadScore.noValue')}</>;
  if (part.key === 'country' && typeof v === 'string') return <>{countryName(v, i18n.language)}</>;
  if (typeof v === 'number') return <>{t('insight.leadScore.activities', { count: v })}</>;
  return <>{v}</>;
}
