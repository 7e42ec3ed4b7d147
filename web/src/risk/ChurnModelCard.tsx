import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Statistic, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { translateFieldError } from '../lib/field-errors.ts';
import { ChurnEligibility } from './ChurnEligibility.tsx';

type Status = ResponseOf<'/risk/churn-model'>;
type Coefficient = NonNullable<Status['model']>['coefficients'][number];

/**
 * The churn model trained on the workspace's own history (managers read it, admins train it and
 * switch it on): whether there is enough history, the hold-out AUC and the coefficients as the
 * explanation. Nothing here replaces the rule-based score.
 */
export function ChurnModelCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const allowed = user.role === 'admin' || user.role === 'manager';
  const admin = user.role === 'admin';
  const status = useQuery({
    queryKey: qk.risk.churnModel(),
    queryFn: () => unwrap(client.GET('/risk/churn-model')),
    enabled: allowed,
    // While a count runs in the background, ask again until it is in.
    refetchInterval: (q) => (q.state.data?.checking ? 2000 : false),
  });
  if (!allowed) return null;
  const run = async (call: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await call();
      if (done) void message.success(done);
      void qc.invalidateQueries({ queryKey: qk.risk.all() });
    } catch (err) {
      const text =
        err instanceof ApiError && err.errors.length
          ? err.errors.map((e) => translateFieldError(e, t)).join('; ')
          : String(err);
      void message.error(text);
    } finally {
      setBusy(false);
    }
  };
  const s = status.data;
  const e = s?.eligibility;
  const m = s?.model;
  return (
    <Card
      size="small"
      title={t('churnModel.title')}
      loading={status.isLoading}
      data-testid="churn-model"
    >
      {s && (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('churnModel.definition', s.definition)}
          </Typography.Paragraph>
          <ChurnEligibility
            status={s}
            busy={busy}
            onCheck={() => run(() => unwrap(client.POST('/risk/churn-model/check')))}
          />
          {admin && (
            <div>
              <Button
                type={m ? 'default' : 'primary'}
                disabled={!e?.eligible}
                loading={busy}
                onClick={() =>
                  run(() => unwrap(client.POST('/risk/churn-model/train')), t('churnModel.trained'))
                }
              >
                {m ? t('churnModel.retrain') : t('churnModel.train')}
              </Button>
            </div>
          )}
          {!m && <Typography.Text type="secondary">{t('churnModel.none')}</Typography.Text>}
          {m && (
            <>
              <Flex wrap gap={24} align="center">
                <Statistic title={t('churnModel.auc')} value={m.auc.toFixed(3)} />
                <Flex gap={8} align="center">
                  <Switch
                    checked={m.enabled}
                    disabled={!admin || busy}
                    onChange={(enabled) =>
                      run(() => unwrap(client.PUT('/risk/churn-model', { body: { enabled } })))
                    }
                    data-testid="churn-model-enabled"
                  />
                  <span>{t('churnModel.enabled')}</span>
                </Flex>
              </Flex>
              <Typography.Text type="secondary">
                {t('churnModel.aucHint')}.{' '}
                {t('churnModel.trainedOn', {
                  date: m.trainedOn,
                  examples: m.examples,
                  train: m.trainCount,
                  holdout: m.holdoutCount,
                  seconds: (m.trainMs / 1000).toFixed(1),
                })}
              </Typography.Text>
              <Typography.Text type="secondary">{t('churnModel.enabledHint')}</Typography.Text>
              <Table<Coefficient>
                size="small"
                rowKey="feature"
                pagination={false}
                dataSource={[...m.coefficients].sort(
                  (a, b) => Math.abs(b.coefficient) - Math.abs(a.coefficient),
                )}
                columns={[
                  {
                    title: t('churnModel.feature'),
                    dataIndex: 'feature',
                    render: (f: Coefficient['feature']) => t(`churnModel.features.${f}`),
                  },
                  {
                    title: t('churnModel.coefficient'),
                    dataIndex: 'coefficient',
                    align: 'right',
                    render: (c: number) => (c >= 0 ? '+' : '') + c.toFixed(2),
                  },
                ]}
                footer={() => t('churnModel.weightHint')}
              />
            </>
          )}
        </Flex>
      )}
    </Card>
  );
}
