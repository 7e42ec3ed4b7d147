import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { useRefreshRelationship } from '../relationship/useRelationship.ts';
import type { Visit } from './api.ts';

type Values = { note?: string; answers?: Record<string, boolean | number | string | undefined> };

/**
 * Records what a follow-up visit found: one field per checklist item (yes/no, 1–5, words) and a
 * note. The answers go on the customer's timeline as a call or visit; the follow-up is done.
 */
export function OutcomeModal(props: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const refresh = useRefreshRelationship(props.visit.customerId);
  const [form] = Form.useForm<Values>();
  const v = props.visit;
  const save = useMutation({
    mutationFn: (values: Values) => {
      const answers: Record<string, boolean | number | string> = {};
      for (const [k, a] of Object.entries(values.answers ?? {}))
        if (a !== undefined && a !== '' && a !== 0) answers[k] = a;
      return unwrap(
        client.POST('/service-visits/{id}/outcome', {
          params: { path: { id: v.id } },
          body: { answers, note: values.note?.trim() || undefined },
        }),
      );
    },
    onSuccess: () => {
      void message.success(t('visits.recorded'));
      void qc.invalidateQueries({ queryKey: qk.visits.all() });
      refresh();
      props.onClose();
    },
    onError: (err) => {
      const rest = applyFieldErrors(form, err, t, { known: ['answers', 'note'] });
      for (const e of rest) void message.error(e.message);
    },
  });
  return (
    <Modal
      open
      title={t('visits.recordTitle', { name: v.name })}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'visit-outcome-save' }}
    >
      <Typography.Paragraph type="secondary">
        {v.customerName} · {t(`visits.kinds.${v.kind}`)} ·{' '}
        {t('visits.after', { source: v.source.label })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
        {v.checklist.map((item) => (
          <Form.Item
            key={item.key}
            name={['answers', item.key]}
            label={item.label}
            rules={item.required ? [{ required: true, message: t('common.required') }] : []}
          >
            {item.type === 'yes_no' ? (
              <Radio.Group
                optionType="button"
                options={[
                  { value: true, label: t('visits.yes') },
                  { value: false, label: t('visits.no') },
                ]}
              />
            ) : item.type === 'score' ? (
              <Rate count={5} />
            ) : (
              <Input.TextArea rows={2} maxLength={1000} />
            )}
          </Form.Item>
        ))}
        <Form.Item name="note" label={t('visits.note')}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="visit-outcome-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
