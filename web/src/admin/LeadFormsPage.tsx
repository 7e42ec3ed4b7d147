import { CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Result,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { useSession } from '../auth/session.tsx';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';

interface Values {
  name: string;
  source?: string;
  ownerId?: string;
  origins?: string;
}

/**
 * The HTML a company pastes into its site: posts JSON from the page (the site's origin must be
 * allowed) and thanks the visitor in place. The hidden website_url field is a trap for robots.
 */
function snippet(url: string): string {
  return `<!-- Put the labels below into your site's language. -->
<form id="chuhai-enquiry">
  <input name="company" required placeholder="Company">
  <input name="country" required placeholder="Country">
  <input name="name" required placeholder="Your name">
  <input name="email" type="email" required placeholder="Email">
  <input name="phone" placeholder="Phone">
  <textarea name="message" placeholder="Message"></textarea>
  <input name="website_url" tabindex="-1" autocomplete="off" style="display:none">
  <button>Send</button>
</form>
<script>
document.getElementById('chuhai-enquiry').addEventListener('submit', async (e) => {
  e.preventDefault();
  const body = Object.fromEntries(new FormData(e.target));
  const res = await fetch('${url}', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  e.target.innerHTML = res.ok ? '<p>Thank you, we will be in touch.</p>' : '<p>Sorry, please try again.</p>';
});
</script>`;
}

/** Web forms that turn enquiries on the company's own site into leads (admins and managers). */
/** Reps do not manage web forms (the API answers 403): they get the same page as other admin pages. */
export function LeadFormsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user.role === 'rep') return <Result status="403" title={t('errors.forbidden')} />;
  return <LeadFormsManager />;
}

function LeadFormsManager() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const users = useUsers().data ?? [];
  const [form] = Form.useForm<Values>();
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const forms = useQuery({
    queryKey: qk.leadForms(),
    queryFn: () => unwrap(client.GET('/lead-forms')),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: qk.leadForms() });
  const absolute = (path: string) => `${window.location.origin}${path}`;
  const copy = (text: string) =>
    void navigator.clipboard.writeText(text).then(() => message.success(t('leadForms.copied')));

  const create = async (v: Values) => {
    setSaving(true);
    try {
      await unwrap(
        client.POST('/lead-forms', {
          body: {
            name: v.name,
            ...(v.source ? { source: v.source } : {}),
            ...(v.ownerId ? { ownerId: v.ownerId } : {}),
            allowedOrigins: (v.origins ?? '')
              .split(/\s+/)
              .map((o) => o.trim())
              .filter(Boolean),
          },
        }),
      );
      setAdding(false);
      refresh();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, { known: ['name', 'source', 'ownerId'] });
      if (rest.length) void message.error(rest.map((e) => `${e.path} ${e.message}`).join('; '));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1000 }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('leadForms.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('leadForms.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('leadForms.hint')}
      </Typography.Paragraph>
      <List
        loading={forms.isPending}
        dataSource={forms.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('leadForms.none')} /> }}
        renderItem={(f) => (
          <Card
            style={{ marginBottom: 12 }}
            title={f.name}
            extra={
              <Popconfirm
                title={t('leadForms.deleteConfirm')}
                onConfirm={() =>
                  void unwrap(
                    client.DELETE('/lead-forms/{id}', { params: { path: { id: f.id } } }),
                  ).then(refresh)
                }
              >
                <Button danger size="small" icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            }
          >
            <Flex vertical gap={8}>
              <Typography.Text>
                {t('leadForms.source')}: {f.source}
              </Typography.Text>
              <Typography.Text>
                {t('leadForms.origins')}: {f.allowedOrigins.join(', ') || t('common.none')}
              </Typography.Text>
              <Space>
                <Typography.Text>{t('leadForms.address')}:</Typography.Text>
                <Typography.Text code>{absolute(f.postUrl)}</Typography.Text>
                <Button
                  size="small"
                  icon={<CopyOutlined />}
                  onClick={() => copy(absolute(f.postUrl))}
                />
              </Space>
              <Typography.Text type="secondary">{t('leadForms.snippet')}</Typography.Text>
              <Input.TextArea readOnly autoSize value={snippet(absolute(f.postUrl))} />
            </Flex>
          </Card>
        )}
      />
      <FormModal<Values>
        open={adding}
        title={t('leadForms.add')}
        form={form}
        initialValues={{}}
        onFinish={create}
        onClose={() => setAdding(false)}
        saving={saving}
        width={640}
        saveTestId="lead-form-save"
      >
        <Form.Item name="name" label={t('leadForms.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="source" label={t('leadForms.source')}>
          <Input maxLength={100} placeholder={t('leadForms.sourcePlaceholder')} />
        </Form.Item>
        <Form.Item name="ownerId" label={t('customers.fields.owner')}>
          <Select allowClear options={users.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="origins" label={t('leadForms.origins')} extra={t('leadForms.originsHint')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
