import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, InputNumber, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { translateFieldError } from '../lib/field-errors.ts';
import { SuppressionCard } from './SuppressionCard.tsx';

/**
 * Campaign delivery: the approval threshold and the suppression list of hard-bounced addresses.
 * Managers read both (they run campaigns); admins change the threshold and take addresses off.
 */
export function DeliverySettingsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user.role === 'rep') return <Result status="403" title={t('errors.forbidden')} />;
  const admin = user.role === 'admin';
  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }} data-testid="delivery-settings">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('delivery.title')}
      </Typography.Title>
      <ThresholdCard admin={admin} />
      <SuppressionCard admin={admin} />
    </Flex>
  );
}

function ThresholdCard({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  // Same key as the campaign builder's, so a change shows there at once.
  const settings = useQuery({
    queryKey: qk.campaigns.settings(),
    queryFn: () => unwrap(client.GET('/campaign-settings')),
  });
  const [value, setValue] = useState<number | null>(null);
  useEffect(() => {
    if (settings.data) setValue(settings.data.approvalThreshold);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (approvalThreshold: number) =>
      unwrap(client.PUT('/campaign-settings', { body: { approvalThreshold } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: qk.campaigns.settings() });
      void message.success(t('delivery.threshold.saved'));
    },
  });
  const err = save.error instanceof ApiError ? save.error : null;
  return (
    <Card size="small" title={t('delivery.threshold.title')} loading={settings.isPending}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('delivery.threshold.hint')}</Typography.Text>
        {settings.isError && (
          <Alert
            type="error"
            showIcon
            title={t('common.loadFailed')}
            action={<Button onClick={() => void settings.refetch()}>{t('common.retry')}</Button>}
          />
        )}
        <Flex gap={8} wrap align="center">
          <InputNumber
            min={0}
            max={100_000_000}
            precision={0}
            value={value}
            disabled={!admin}
            onChange={(v) => setValue(v)}
            aria-label={t('delivery.threshold.label')}
            data-testid="threshold-input"
            style={{ width: 180 }}
          />
          <Typography.Text>{t('delivery.threshold.unit')}</Typography.Text>
          {admin && (
            <Button
              type="primary"
              loading={save.isPending}
              disabled={value === null || value === settings.data?.approvalThreshold}
              onClick={() => value !== null && save.mutate(value)}
              data-testid="threshold-save"
            >
              {t('common.save')}
            </Button>
          )}
        </Flex>
        {!admin && (
          <Typography.Text type="secondary">{t('delivery.threshold.adminsOnly')}</Typography.Text>
        )}
        {err && (
          <Alert
            type="error"
            showIcon
            title={
              err.errors.length
                ? err.errors.map((e) => translateFieldError(e, t)).join('; ')
                : err.message
            }
          />
        )}
      </Flex>
    </Card>
  );
}
