import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { CustomerPicker } from '../products/pickers.tsx';

/** The referral bonus: this customer brought the one picked (once per referred customer). */
export function LoyaltyReferralModal(props: {
  customerId: string;
  points: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ referredCustomerId: string }>();
  const submit = async (v: { referredCustomerId: string }) => {
    try {
      await unwrap(
        client.POST('/customers/{id}/loyalty/referrals', {
          params: { path: { id: props.customerId } },
          body: v,
        }),
      );
      void message.success(t('loyalty.referral.granted', { count: props.points }));
      void qc.invalidateQueries({ queryKey: qk.loyalty.customer(props.customerId) });
      props.onClose();
    } catch (err) {
      for (const e of applyFieldErrors(form, err, t, { known: ['referredCustomerId'] }))
        void message.error(e.message);
    }
  };
  return (
    <Modal
      open={props.open}
      title={t('loyalty.referral.title')}
      okText={t('loyalty.referral.grant')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('loyalty.referral.hint', { count: props.points })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="referredCustomerId"
          label={t('loyalty.referral.referred')}
          rules={[{ required: true, message: t('loyalty.referral.pick') }]}
        >
          <CustomerPicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
