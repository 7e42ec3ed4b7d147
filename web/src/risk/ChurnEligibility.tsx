import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../api/models.ts';

type Status = ResponseOf<'/risk/churn-model'>;

/**
 * Whether the workspace has enough history to train, as last counted (nightly, on "count now"
 * and by each training): counting reads every customer's orders, so the page never waits for it.
 */
export function ChurnEligibility({
  status,
  busy,
  onCheck,
}: {
  status: Status;
  busy: boolean;
  onCheck: () => void;
}) {
  const { t } = useTranslation();
  const e = status.eligibility;
  const check = (
    <Button
      size="small"
      loading={status.checking || busy}
      onClick={onCheck}
      data-testid="churn-model-check"
    >
      {t('churnModel.checkNow')}
    </Button>
  );
  if (!e)
    return (
      <Alert
        type="info"
        data-testid="churn-model-not-counted"
        message={status.checking ? t('churnModel.counting') : t('churnModel.notCounted')}
        action={check}
      />
    );
  return (
    <Flex vertical gap={4}>
      {e.eligible ? (
        <Alert
          type="info"
          data-testid="churn-model-eligible"
          message={t('churnModel.eligible', { have: e.customersWithHistory, churned: e.churned })}
          action={check}
        />
      ) : (
        <Alert
          type="warning"
          data-testid="churn-model-not-enough"
          message={t('churnModel.notEnough', { have: e.customersWithHistory, need: e.needed })}
          description={
            e.customersWithHistory >= e.needed
              ? t('churnModel.notEnoughOutcomes', {
                  churned: e.churned,
                  stayed: e.customersWithHistory - e.churned,
                  each: e.neededEachOutcome,
                })
              : undefined
          }
          action={check}
        />
      )}
      <Typography.Text type="secondary" data-testid="churn-model-counted-on">
        {status.checking
          ? t('churnModel.counting')
          : t('churnModel.countedOn', { date: e.checkedOn })}
      </Typography.Text>
    </Flex>
  );
}
