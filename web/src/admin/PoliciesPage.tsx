import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useSegments } from '../api/queries.ts';
import type { BodyOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { STAGES, TIERS } from '../../../src/domain/enums.ts';

type PolicyIn = BodyOf<'/cadence-policies', 'put'>['items'][number];

export function PoliciesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [result, setResult] = useState<{ replanned: number; millis: number } | null>(null);
  const [saving, setSaving] = useState(false);
  const policies = useQuery({
    queryKey: qk.policies(),
    queryFn: () => unwrap(client.GET('/cadence-policies')),
  });
  const segments = useSegments();
  if (policies.isPending) return null;
  const save = async (v: { items: PolicyIn[] }) => {
    setSaving(true);
    try {
      const res = await unwrap(
        client.PUT('/cadence-policies', {
          body: {
            items: v.items.map((p) => ({
              ...p,
              stage: p.stage || null,
              tier: p.tier || null,
              segmentId: p.segmentId || null,
              // An emptied field means no first-contact deadline.
              firstContactDays: p.firstContactDays ?? null,
              avoidSlowSeasons: !!p.avoidSlowSeasons,
            })),
          },
        }),
      );
      setResult(res);
      void qc.invalidateQueries({ queryKey: qk.policies() });
      void qc.invalidateQueries({ queryKey: qk.inbox.all() });
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, { known: ['items'] });
      void message.error(
        rest.map((e) => `${e.path}: ${e.message}`).join('; ') ||
          (err instanceof Error ? err.message : t('errors.generic')),
      );
    } finally {
      setSaving(false);
    }
  };
  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('relationship.policies')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('relationship.policiesHint')}</Typography.Paragraph>
      {result && (
        <Alert
          type="success"
          showIcon
          title={t('relationship.replanned', { count: result.replanned, millis: result.millis })}
        />
      )}
      <Card>
        <Form form={form} onFinish={save} initialValues={{ items: policies.data?.items ?? [] }}>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item
                      name={[f.name, 'name']}
                      rules={[{ required: true, message: t('errors.required') }]}
                    >
                      <Input placeholder={t('relationship.policyName')} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'stage']}>
                      <Select
                        allowClear
                        placeholder={`${t('relationship.stage')}: ${t('relationship.anyValue')}`}
                        style={{ width: 150 }}
                        options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'tier']}>
                      <Select
                        allowClear
                        placeholder={`${t('relationship.tier')}: ${t('relationship.anyValue')}`}
                        style={{ width: 120 }}
                        options={TIERS.map((s) => ({ value: s, label: s }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'segmentId']}>
                      <Select
                        allowClear
                        placeholder={`${t('segments.title')}: ${t('relationship.anyValue')}`}
                        style={{ width: 180 }}
                        options={(segments.data ?? []).map((s) => ({
                          value: s.id,
                          label: s.name,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'days']}
                      rules={[{ required: true, message: t('errors.required') }]}
                    >
                      <InputNumber min={1} max={730} addonAfter={t('relationship.days')} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'firstContactDays']}
                      tooltip={t('firstContact.policyFirstContactHint')}
                      label={t('firstContact.policyFirstContact')}
                    >
                      <InputNumber
                        min={1}
                        max={60}
                        addonAfter={t('firstContact.businessDays')}
                        style={{ width: 150 }}
                        data-testid="first-contact-days"
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'avoidSlowSeasons']} valuePropName="checked">
                      <Checkbox>{t('relationship.avoidSlow')}</Checkbox>
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                    />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', days: 30 })}>
                  {t('relationship.addPolicy')}
                </Button>
              </>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 16 }}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
