import { Alert, App, Button, Card, Flex, Form, Result, Select, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { BodyOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { ActionRulesTable } from '../insight/ActionRulesTable.tsx';
import { countryOptions } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

type Settings = BodyOf<'/insight/settings', 'put'>;

const SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;
const ICP_FIELDS = ['countries', 'industries', 'sizes', 'sources'] as const;

/**
 * The server names an item of a list (`/icp/countries/2`); the form has one field per list, so
 * the error goes under the list (`/icp/countries`).
 */
function underLists(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => ({
    ...e,
    path: e.path.startsWith('/icp/') ? e.path.split('/').slice(0, 3).join('/') : e.path,
  }));
  return new ApiError(err.status, err.title, err.detail, errors);
}

/**
 * Admin → Insight settings (docs/insight.md): the ideal customer profile lead scores are measured
 * against, and the next-action rules with a switch each and how reps answered them.
 */
export function InsightSettingsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Settings>();
  const admin = user.role === 'admin';
  const settings = useQuery({
    queryKey: qk.insight.settings(),
    queryFn: () => unwrap(client.GET('/insight/settings')),
    enabled: admin,
  });
  const rules = useQuery({
    queryKey: qk.insight.rules(),
    queryFn: () => unwrap(client.GET('/next-actions/rules')),
    enabled: admin,
  });
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  if (!admin) return <Result status="403" title={t('insight.settings.onlyAdmins')} />;
  const failed = settings.error ?? rules.error;
  if (failed)
    return failed instanceof ApiError && failed.status === 403 ? (
      <Result status="403" title={t('insight.settings.onlyAdmins')} />
    ) : (
      <Alert type="error" showIcon message={failed.message} />
    );

  const save = async (v: Settings) => {
    try {
      const saved = await unwrap(client.PUT('/insight/settings', { body: v }));
      qc.setQueryData(qk.insight.settings(), saved);
      form.setFieldsValue(saved);
      void message.success(t('insight.settings.saved'));
      // Switched-off rules change everyone's actions; a new profile, every lead score.
      void qc.invalidateQueries({ queryKey: qk.insight.actions() });
      void qc.invalidateQueries({ queryKey: ['insight'] });
      void qc.invalidateQueries({ queryKey: qk.customers.all() });
    } catch (err) {
      const unplaced = applyFieldErrors(form, underLists(err), t, {
        known: ['icp', 'disabledRules'],
        lists: ['disabledRules'],
      });
      if (!(err instanceof ApiError) || unplaced.length || !err.errors.length)
        void message.error(unplaced[0]?.message ?? (err as Error).message);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('insight.settings.title')}
      </Typography.Title>
      <Card loading={settings.isPending}>
        {settings.data && (
          <Form<Settings>
            form={form}
            layout="vertical"
            initialValues={settings.data}
            onFinish={(v) => void save(v)}
          >
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('insight.settings.icp')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('insight.settings.icpHint')}
            </Typography.Paragraph>
            {ICP_FIELDS.map((f) => (
              <Form.Item key={f} name={['icp', f]} label={t(`insight.settings.${f}`)}>
                {f === 'countries' ? (
                  <Select
                    mode="multiple"
                    showSearch={{ optionFilterProp: 'label' }}
                    options={countries}
                    data-testid="icp-countries"
                  />
                ) : f === 'sizes' ? (
                  <Select mode="multiple" options={SIZES.map((s) => ({ value: s, label: s }))} />
                ) : (
                  <Select
                    mode="tags"
                    tokenSeparators={[',']}
                    placeholder={t('insight.settings.typeToAdd')}
                    open={false}
                    data-testid={`icp-${f}`}
                  />
                )}
              </Form.Item>
            ))}
            <Typography.Title level={5}>{t('insight.settings.rules')}</Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('insight.settings.rulesHint')}
            </Typography.Paragraph>
            <Form.Item name="disabledRules">
              <ActionRulesTable rules={rules.data?.items ?? []} loading={rules.isPending} />
            </Form.Item>
            <Button type="primary" htmlType="submit" data-testid="insight-settings-save">
              {t('common.save')}
            </Button>
          </Form>
        )}
      </Card>
    </Flex>
  );
}
