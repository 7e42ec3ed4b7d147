import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { ApiError } from '../api/client.ts';
import { translateFieldError } from '../lib/field-errors.ts';

const settingsKey = () => ['service-settings'] as const;

/**
 * Survey mail: whether survey links are mailed and through which workspace SMTP account. Admins
 * choose the account here; managers read what is set. Without one, it says nothing is mailed.
 */
export function SurveyMailCard() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const admin = user.role === 'admin';
  const settings = useQuery({
    queryKey: settingsKey(),
    queryFn: () => unwrap(client.GET('/service-settings')),
  });
  const accounts = useQuery({
    queryKey: qk.smtpAccounts(),
    queryFn: () => unwrap(client.GET('/smtp-accounts')).then((r) => r.items),
    enabled: admin,
  });
  const [choice, setChoice] = useState<string | null | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const s = settings.data;
  if (!s) return null;
  const value = choice === undefined ? s.surveySmtpAccountId : choice;
  const save = async () => {
    setSaving(true);
    try {
      await unwrap(
        client.PUT('/service-settings', { body: { surveySmtpAccountId: value ?? null } }),
      );
      void message.success(t('feedback.settings.saved'));
      setChoice(undefined);
      void qc.invalidateQueries({ queryKey: settingsKey() });
    } catch (err) {
      const errors = err instanceof ApiError ? err.errors : [];
      void message.error(
        errors.length ? errors.map((e) => translateFieldError(e, t)).join('; ') : String(err),
      );
    } finally {
      setSaving(false);
    }
  };
  const a = s.surveyAccount;
  return (
    <Card size="small" title={t('feedback.settings.title')} data-testid="survey-mail">
      <Flex vertical gap={8}>
        {s.surveyMail === 'on' && a ? (
          <Alert
            type={a.failing ? 'warning' : 'success'}
            showIcon
            message={t('feedback.settings.on', { name: a.name, address: a.address })}
            description={a.failing ? t('feedback.settings.failing') : undefined}
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            data-testid="survey-mail-off"
            message={t(
              s.surveyMail === 'account_gone' ? 'feedback.settings.gone' : 'feedback.settings.off',
            )}
          />
        )}
        {admin ? (
          <Flex gap={8} wrap align="center">
            <Typography.Text>{t('feedback.settings.account')}</Typography.Text>
            <Select<string>
              style={{ minWidth: 240, maxWidth: '100%' }}
              value={value ?? ''}
              loading={accounts.isPending}
              onChange={(v) => setChoice(v || null)}
              options={[
                { value: '', label: t('feedback.settings.noAccount') },
                ...(accounts.data ?? []).map((x) => ({
                  value: x.id,
                  label: `${x.name} <${x.address}>`,
                })),
              ]}
              data-testid="survey-mail-account"
            />
            <Button
              type="primary"
              onClick={save}
              loading={saving}
              disabled={value === s.surveySmtpAccountId}
              data-testid="survey-mail-save"
            >
              {t('feedback.settings.save')}
            </Button>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('feedback.settings.adminOnly')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
