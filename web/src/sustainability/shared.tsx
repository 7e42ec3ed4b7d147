import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal, Popconfirm, Select, Button, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../lib/field-errors.ts';

export const SUSTAINABILITY_KEY = ['sustainability'] as const;

/** A create form in a modal: field errors land on their fields, nothing else closes it. */
export function CreateModal<T extends object>(props: {
  title: string;
  fields: string[];
  testId: string;
  initialValues?: Partial<T>;
  save: (v: T) => Promise<unknown>;
  onClose: () => void;
  children: (form: FormInstance<T>) => ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<T>();
  const [saving, setSaving] = useState(false);
  const submit = async (v: T) => {
    setSaving(true);
    try {
      await props.save(v);
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: SUSTAINABILITY_KEY });
      props.onClose();
    } catch (err) {
      applyFieldErrors(form, err, t, { known: props.fields });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': `${props.testId}-save` }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={(v) => void submit(v)}
      >
        {props.children(form)}
      </Form>
    </Modal>
  );
}

/** The status of a row its owner or an admin may move, and its delete button. */
export function RowActions(props: {
  canEdit: boolean;
  status?: { value: string; options: readonly string[]; set: (s: string) => Promise<unknown> };
  remove: () => Promise<unknown>;
  testId: string;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const after = () => void qc.invalidateQueries({ queryKey: SUSTAINABILITY_KEY });
  if (!props.canEdit) return null;
  return (
    <>
      {props.status && (
        <Select
          size="small"
          style={{ minWidth: 130 }}
          value={props.status.value}
          data-testid={`${props.testId}-status`}
          options={props.status.options.map((s) => ({
            value: s,
            label: t(`sustainability.statuses.${s}` as 'sustainability.statuses.open'),
          }))}
          onChange={(s: string) => void props.status!.set(s).then(after)}
        />
      )}
      <Popconfirm
        title={t('sustainability.deleteConfirm')}
        onConfirm={() => void props.remove().then(after)}
      >
        <Button size="small" danger>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </>
  );
}

export const required = (t: (k: 'errors.required') => string) => [
  { required: true, message: t('errors.required') },
];
