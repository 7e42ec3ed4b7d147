import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { BodyOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

type Settings = BodyOf<'/quote-settings', 'put'>;
const FIELDS = ['quotePattern', 'proformaPattern', 'letterhead', 'bankDetails'] as const;

/** The admin's quote settings: number patterns, the letterhead under the company name, bank details. */
export function QuoteSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Settings>();
  const settings = useQuery({
    queryKey: qk.quoteSettings(),
    queryFn: () => unwrap(client.GET('/quote-settings')),
  });
  if (settings.isPending) return <Spin />;
  if (settings.isError) return <Alert type="error" title={t('common.loadFailed')} />;

  const save = async (v: Settings) => {
    try {
      await unwrap(client.PUT('/quote-settings', { body: v }));
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: qk.quoteSettings() });
    } catch (err) {
      for (const e of applyFieldErrors(form, err, t, { known: [...FIELDS] }))
        void message.error(e.message);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('quotes.settings.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('quotes.settings.intro')}
      </Typography.Paragraph>
      <Card>
        <Form form={form} layout="vertical" initialValues={settings.data} onFinish={save}>
          <Flex gap={16} wrap>
            <Form.Item
              name="quotePattern"
              label={t('quotes.settings.quotePattern')}
              extra={t('quotes.settings.patternHint')}
              rules={[{ required: true, message: t('common.required') }]}
              style={{ flex: '1 1 240px' }}
            >
              <Input maxLength={60} data-testid="quote-pattern" />
            </Form.Item>
            <Form.Item
              name="proformaPattern"
              label={t('quotes.settings.proformaPattern')}
              rules={[{ required: true, message: t('common.required') }]}
              style={{ flex: '1 1 240px' }}
            >
              <Input maxLength={60} />
            </Form.Item>
          </Flex>
          <Form.Item
            name="letterhead"
            label={t('quotes.settings.letterhead')}
            extra={t('quotes.settings.letterheadHint')}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
          </Form.Item>
          <Form.Item
            name="bankDetails"
            label={t('quotes.settings.bankDetails')}
            extra={t('quotes.settings.bankDetailsHint')}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="quote-settings-save">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
