import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

/** Redeem (positive points) or adjust (signed, admins and managers) with a reason. */
export function LoyaltyMoveModal(props: {
  customerId: string;
  kind: 'redeem' | 'adjust' | null;
  balance: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ points: number; reason: string }>();
  const kind = props.kind;
  const submit = async (v: { points: number; reason: string }) => {
    if (!kind) return;
    try {
      const params = { path: { id: props.customerId } };
      await unwrap(
        kind === 'redeem'
          ? client.POST('/customers/{id}/loyalty/redeem', { params, body: v })
          : client.POST('/customers/{id}/loyalty/adjust', { params, body: v }),
      );
      void message.success(
        t(kind === 'redeem' ? 'loyalty.card.redeemed' : 'loyalty.card.adjusted'),
      );
      void qc.invalidateQueries({ queryKey: qk.loyalty.customer(props.customerId) });
      form.resetFields();
      props.onClose();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, { known: ['points', 'reason'] });
      for (const e of rest) void message.error(e.message);
    }
  };
  return (
    <Modal
      open={!!kind}
      title={kind ? t(`loyalty.card.${kind}`) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="points"
          label={t(kind === 'adjust' ? 'loyalty.card.adjustPoints' : 'loyalty.card.points')}
          extra={`${t('loyalty.card.balance')}: ${props.balance.toLocaleString()}`}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <InputNumber
            precision={0}
            min={kind === 'redeem' ? 1 : undefined}
            style={{ width: '100%' }}
            data-testid="loyalty-points"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('loyalty.card.reason')}
          rules={[{ required: true, whitespace: true, message: t('errors.required') }]}
        >
          <Input maxLength={500} data-testid="loyalty-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
