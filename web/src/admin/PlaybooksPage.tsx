import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Popconfirm, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { BodyOf } from '../api/models.ts';
import { INCIDENT_KINDS } from '../incidents/api.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

type Kind = (typeof INCIDENT_KINDS)[number];
type Body = BodyOf<'/incident-playbooks/{kind}', 'put'>;
const KEY = ['incident-playbooks'] as const;

/**
 * Admin: the checklist a new incident of each kind starts with, in English and Chinese. Starts
 * from the shipped playbook; incidents already open keep theirs.
 */
export function PlaybooksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [kind, setKind] = useState<Kind>('product_safety');
  const [form] = Form.useForm<Body>();
  const [saving, setSaving] = useState(false);
  const q = useQuery({
    queryKey: KEY,
    queryFn: () => unwrap(client.GET('/incident-playbooks')),
  });
  const playbook = q.data?.items.find((p) => p.kind === kind);
  useEffect(() => {
    if (playbook) form.setFieldsValue({ steps: playbook.steps });
  }, [playbook, form]);
  const path = { params: { path: { kind } } };
  const save = async (v: Body) => {
    setSaving(true);
    try {
      await unwrap(client.PUT('/incident-playbooks/{kind}', { ...path, body: v }));
      void qc.invalidateQueries({ queryKey: KEY });
      void message.success(t('common.saved'));
    } catch (err) {
      applyFieldErrors(form, err, t, { known: ['steps'] });
    } finally {
      setSaving(false);
    }
  };
  const reset = async () => {
    await unwrap(client.DELETE('/incident-playbooks/{kind}', path));
    void qc.invalidateQueries({ queryKey: KEY });
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('playbooks.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('playbooks.intro')}
      </Typography.Paragraph>
      <Flex wrap gap={8} align="center">
        <Select
          style={{ minWidth: 220 }}
          value={kind}
          onChange={setKind}
          options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidents.kinds.${k}`) }))}
          data-testid="playbook-kind"
        />
        {playbook && (
          <Tag color={playbook.custom ? 'blue' : 'default'} data-testid="playbook-state">
            {playbook.custom ? t('playbooks.custom') : t('playbooks.shipped')}
          </Tag>
        )}
      </Flex>
      <Card loading={q.isPending}>
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.List name="steps">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((f, n) => (
                  <Card
                    key={f.key}
                    size="small"
                    title={t('playbooks.step', { n: n + 1 })}
                    data-testid="playbook-step"
                    extra={
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                        onClick={() => remove(f.name)}
                      />
                    }
                  >
                    <Form.Item name={[f.name, 'key']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'en']} label={t('playbooks.en')}>
                      <Input.TextArea autoSize maxLength={300} data-testid="playbook-en" />
                    </Form.Item>
                    <Form.Item name={[f.name, 'zh']} label={t('playbooks.zh')}>
                      <Input.TextArea autoSize maxLength={300} data-testid="playbook-zh" />
                    </Form.Item>
                  </Card>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ en: '', zh: '' })}
                  disabled={fields.length >= 30}
                  data-testid="playbook-add"
                >
                  {t('playbooks.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
          <Flex wrap gap={8} style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="playbook-save">
              {t('common.save')}
            </Button>
            {playbook?.custom && (
              <Popconfirm title={t('playbooks.resetConfirm')} onConfirm={() => void reset()}>
                <Button data-testid="playbook-reset">{t('playbooks.reset')}</Button>
              </Popconfirm>
            )}
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
