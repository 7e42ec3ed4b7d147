import { App, Button, Card, Checkbox, Flex, Form, InputNumber, Switch, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { usePoolSettings } from '../api/queries.ts';
import type { BodyOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

type Body = BodyOf<'/pool/settings', 'put'>;
const STAGES = ['lead', 'prospect', 'customer', 'partner', 'churned'] as const;

/** The admin's pool rule: which stages, how many business days, how much warning, the claim limit. */
export function PoolSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const settings = usePoolSettings();
  if (!settings.data) return null;
  const s = settings.data;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('pool.settings.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('pool.settings.intro')}
      </Typography.Paragraph>
      <Card>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ ...s, unlimited: s.claimLimit === null, claimLimit: s.claimLimit ?? 20 }}
          onFinish={async (v: Body & { unlimited: boolean }) => {
            try {
              await unwrap(
                client.PUT('/pool/settings', {
                  body: {
                    enabled: v.enabled,
                    stages: v.stages,
                    idleDays: v.idleDays,
                    warningDays: v.warningDays,
                    claimLimit: v.unlimited ? null : v.claimLimit,
                  },
                }),
              );
              void message.success(t('common.saved'));
              void qc.invalidateQueries({ queryKey: qk.pool.settings() });
              void qc.invalidateQueries({ queryKey: qk.pool.all() });
            } catch (err) {
              const rest = applyFieldErrors(form, err, t, {
                known: ['enabled', 'stages', 'idleDays', 'warningDays', 'claimLimit'],
                lists: ['stages'],
              });
              for (const e of rest) void message.error(e.message);
            }
          }}
        >
          <Form.Item name="enabled" label={t('pool.settings.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            name="stages"
            label={t('pool.settings.stages')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <Checkbox.Group options={STAGES.map((x) => ({ value: x, label: t(`stages.${x}`) }))} />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="idleDays" label={t('pool.settings.idleDays')}>
              <InputNumber min={2} max={250} precision={0} />
            </Form.Item>
            <Form.Item name="warningDays" label={t('pool.settings.warningDays')}>
              <InputNumber min={1} max={249} precision={0} />
            </Form.Item>
          </Flex>
          <Form.Item
            label={t('pool.settings.claimLimit', { days: s.claimWindowDays })}
            extra={t('pool.settings.limitHint')}
          >
            <Flex gap={12} align="center" wrap>
              <Form.Item name="claimLimit" noStyle>
                <InputNumber min={1} max={10000} precision={0} />
              </Form.Item>
              <Form.Item name="unlimited" valuePropName="checked" noStyle>
                <Checkbox>{t('pool.settings.noLimit')}</Checkbox>
              </Form.Item>
            </Flex>
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
