import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { StakeholderBody } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryOptions } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import type { Stakeholder } from './StakeholdersPage.tsx';

const KINDS = [
  'government_ministry',
  'regulator',
  'local_authority',
  'state_buyer',
  'media_outlet',
  'journalist',
  'ngo',
  'community',
  'industry_association',
  'local_partner',
  'joint_venture_partner',
  'university',
] as const;
const STANCES = [-2, -1, 0, 1, 2] as const;
const FIELDS = ['country', 'name', 'nativeName', 'kind', 'influence', 'stance', 'interests'];

/** Adds a stakeholder or edits one (its owner or an admin); a changed stance asks why. */
export function StakeholderForm(props: {
  stakeholder: Stakeholder | null;
  country?: string | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<StakeholderBody>();
  const [saving, setSaving] = useState(false);
  const s = props.stakeholder;
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const stance = Form.useWatch<number | undefined>('stance', form);

  const done = () => {
    void qc.invalidateQueries({ queryKey: qk.stakeholders() });
    props.onClose();
  };
  const save = async (v: StakeholderBody) => {
    setSaving(true);
    try {
      if (s)
        await unwrap(
          client.PATCH('/stakeholders/{id}', { params: { path: { id: s.id } }, body: v }),
        );
      else await unwrap(client.POST('/stakeholders', { body: v }));
      void message.success(t('common.saved'));
      done();
    } catch (err) {
      applyFieldErrors(form, err, t, { known: [...FIELDS, 'concerns', 'stanceNote'] });
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    if (!s) return;
    await unwrap(client.DELETE('/stakeholders/{id}', { params: { path: { id: s.id } } }));
    done();
  };
  return (
    <Modal
      open
      title={s ? s.name : t('stakeholders.add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'stakeholder-save' }}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {s && (
            <Popconfirm title={t('stakeholders.deleteConfirm')} onConfirm={() => void remove()}>
              <Button danger style={{ float: 'left' }}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={
          s
            ? {
                country: s.country,
                name: s.name,
                nativeName: s.nativeName ?? undefined,
                kind: s.kind,
                influence: s.influence,
                stance: s.stance,
                interests: s.interests,
                concerns: s.concerns,
              }
            : { country: props.country, influence: 3, stance: 0 }
        }
      >
        <Form.Item
          name="country"
          label={t('stakeholders.fields.country')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={countries}
            data-testid="stakeholder-country"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('stakeholders.fields.name')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input data-testid="stakeholder-name" />
        </Form.Item>
        <Form.Item name="nativeName" label={t('stakeholders.fields.nativeName')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('stakeholders.fields.kind')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Select
            data-testid="stakeholder-kind"
            options={KINDS.map((k) => ({ value: k, label: t(`stakeholders.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="influence"
          label={t('stakeholders.fields.influence')}
          extra={t('stakeholders.influenceHint')}
        >
          <InputNumber min={1} max={5} precision={0} />
        </Form.Item>
        <Form.Item name="stance" label={t('stakeholders.fields.stance')}>
          <Select
            options={STANCES.map((v) => ({ value: v, label: t(`stakeholders.stances.${v}`) }))}
          />
        </Form.Item>
        {s && stance !== undefined && stance !== s.stance && (
          <Form.Item name="stanceNote" label={t('stakeholders.fields.stanceNote')}>
            <Input maxLength={500} />
          </Form.Item>
        )}
        <Form.Item name="interests" label={t('stakeholders.fields.interests')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="concerns" label={t('stakeholders.fields.concerns')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
