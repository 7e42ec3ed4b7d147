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
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useSegments } from '../api/queries.ts';
import type { BodyOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { enPolicies } from '../i18n/en.policies.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { STAGES, TIERS } from '../../../src/domain/enums.ts';

type PolicyIn = BodyOf<'/cadence-policies', 'put'>['items'][number];

const DEFAULT_NAMES = enPolicies.policyTable.defaults;
const GRID_MIN_WIDTH = 980;
const rowStyle = {
  display: 'grid',
  gridTemplateColumns: '1.4fr 1fr 0.7fr 1.2fr 90px 120px 100px 32px',
  gap: 8,
  alignItems: 'center',
  marginBottom: 8,
} as const;
const cell = { margin: 0 } as const;

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
  // The built-in policies are named by a stable English key; show them in the reader's language
  // (saving them makes them the workspace's own, under the names shown).
  const items = (policies.data?.items ?? []).map((p) =>
    policies.data?.custom || !(p.name in DEFAULT_NAMES)
      ? p
      : { ...p, name: t(`policyTable.defaults.${p.name as keyof typeof DEFAULT_NAMES}`) },
  );
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
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
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
        <Form form={form} onFinish={save} initialValues={{ items }}>
          {/* A table, not wrapped rows: one header names each column once, and on a narrow
              screen the rows scroll sideways instead of breaking their controls apart. */}
          <div style={{ overflowX: 'auto' }}>
            <div role="table" style={{ minWidth: GRID_MIN_WIDTH }}>
              <div role="row" style={rowStyle} data-testid="policy-header">
                {[
                  t('relationship.policyName'),
                  t('relationship.stage'),
                  t('relationship.tier'),
                  t('segments.title'),
                  t('relationship.days'),
                  t('firstContact.policyFirstContact'),
                  t('relationship.avoidSlow'),
                ].map((h) => (
                  <Typography.Text key={h} role="columnheader" strong>
                    {h}
                  </Typography.Text>
                ))}
              </div>
              <Form.List name="items">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <div key={f.key} role="row" style={rowStyle} data-testid="policy-row">
                        <Form.Item
                          name={[f.name, 'name']}
                          rules={[{ required: true, message: t('errors.required') }]}
                          style={cell}
                        >
                          <Input aria-label={t('relationship.policyName')} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'stage']} style={cell}>
                          <Select
                            allowClear
                            aria-label={t('relationship.stage')}
                            placeholder={t('relationship.anyValue')}
                            options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
                          />
                        </Form.Item>
                        <Form.Item name={[f.name, 'tier']} style={cell}>
                          <Select
                            allowClear
                            aria-label={t('relationship.tier')}
                            placeholder={t('relationship.anyValue')}
                            options={TIERS.map((s) => ({ value: s, label: s }))}
                          />
                        </Form.Item>
                        <Form.Item name={[f.name, 'segmentId']} style={cell}>
                          <Select
                            allowClear
                            aria-label={t('segments.title')}
                            placeholder={t('relationship.anyValue')}
                            options={(segments.data ?? []).map((s) => ({
                              value: s.id,
                              label: s.name,
                            }))}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'days']}
                          rules={[{ required: true, message: t('errors.required') }]}
                          style={cell}
                        >
                          <InputNumber
                            min={1}
                            max={730}
                            aria-label={t('relationship.days')}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'firstContactDays']}
                          tooltip={t('firstContact.policyFirstContactHint')}
                          style={cell}
                        >
                          <InputNumber
                            min={1}
                            max={60}
                            aria-label={t('firstContact.policyFirstContact')}
                            addonAfter={t('firstContact.businessDays')}
                            style={{ width: '100%' }}
                            data-testid="first-contact-days"
                          />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'avoidSlowSeasons']}
                          valuePropName="checked"
                          style={cell}
                        >
                          <Checkbox aria-label={t('relationship.avoidSlow')} />
                        </Form.Item>
                        <Button
                          type="text"
                          danger
                          aria-label={t('policyTable.remove')}
                          icon={<DeleteOutlined />}
                          onClick={() => remove(f.name)}
                        />
                      </div>
                    ))}
                    <Button icon={<PlusOutlined />} onClick={() => add({ name: '', days: 30 })}>
                      {t('relationship.addPolicy')}
                    </Button>
                  </>
                )}
              </Form.List>
            </div>
          </div>
          <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 16 }}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
