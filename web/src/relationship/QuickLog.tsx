import {
  MailOutlined,
  MessageOutlined,
  PhoneOutlined,
  TeamOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
} from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Popover, Radio, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { BodyOf } from '../api/models.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { useRefreshRelationship } from './useRelationship.ts';

type ActivityType = BodyOf<'/activities', 'post'>['type'];
const BUTTONS: { type: ActivityType; icon: React.ReactNode; label: string }[] = [
  { type: 'call', icon: <PhoneOutlined />, label: 'relationship.logCall' },
  { type: 'email', icon: <MailOutlined />, label: 'relationship.logEmail' },
  { type: 'message', icon: <MessageOutlined />, label: 'relationship.logMessage' },
  { type: 'meeting', icon: <TeamOutlined />, label: 'relationship.logMeeting' },
  { type: 'visit', icon: <EnvironmentOutlined />, label: 'relationship.logVisit' },
  { type: 'note', icon: <FileTextOutlined />, label: 'relationship.addNote' },
];

/** Two clicks: pick the kind of touch, then save (the summary is prefilled). */
function LogForm({
  customerId,
  type,
  onDone,
}: {
  customerId: string;
  type: ActivityType;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const refresh = useRefreshRelationship(customerId);
  const submit = async (v: {
    summary: string;
    direction: 'inbound' | 'outbound';
    at: Dayjs;
    outcome?: string;
  }) => {
    setSaving(true);
    try {
      const res = await unwrap(
        client.POST('/activities', {
          body: {
            customerId,
            type,
            direction: v.direction,
            occurredAt: v.at.toISOString(),
            summary: v.summary,
            outcome: v.outcome || null,
          },
        }),
      );
      void message.success(
        res.nextFollowUp
          ? t('relationship.nextPlanned', { date: res.nextFollowUp.dueDate })
          : t('relationship.logged'),
      );
      refresh();
      onDone();
    } catch (err) {
      applyFieldErrors(form, err, t, { known: ['summary', 'direction', 'outcome'] });
      const occurred =
        err instanceof Error && 'errors' in err
          ? (err as { errors: { path: string; message: string }[] }).errors.find(
              (e) => e.path === '/occurredAt',
            )
          : undefined;
      if (occurred) form.setFields([{ name: 'at', errors: [occurred.message] }]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ width: '100%' }}
      onFinish={submit}
      initialValues={{
        summary: t(`relationship.defaultSummary.${type}`),
        direction: 'outbound',
        at: dayjs(),
      }}
    >
      <Form.Item
        name="summary"
        label={t('relationship.summary')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Input.TextArea rows={2} data-testid="activity-summary" />
      </Form.Item>
      {type !== 'note' && (
        <Form.Item name="direction" label={t('relationship.direction')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'outbound', label: t('relationship.outbound') },
              { value: 'inbound', label: t('relationship.inbound') },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item name="at" label={t('relationship.occurredAt')}>
        <DatePicker
          showTime
          format="YYYY-MM-DD HH:mm"
          disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
        />
      </Form.Item>
      <Form.Item name="outcome" label={t('relationship.outcome')}>
        <Input />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} block data-testid="activity-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

/**
 * On a desk each button opens its form in a popover beside it. On a phone the buttons are a
 * grid of big targets and the form opens as a dialog across the screen.
 */
export function QuickLog({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [open, setOpen] = useState<ActivityType | null>(null);
  const current = BUTTONS.find((b) => b.type === open);
  if (phone)
    return (
      <>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}>
          {BUTTONS.map((b) => (
            <Button
              key={b.type}
              icon={b.icon}
              onClick={() => setOpen(b.type)}
              data-testid={`log-${b.type}`}
              aria-label={t(b.label)}
            >
              {t(`relationship.types.${b.type}`)}
            </Button>
          ))}
        </div>
        <Modal
          open={!!current}
          title={current && t(current.label)}
          footer={null}
          onCancel={() => setOpen(null)}
          destroyOnHidden
        >
          {current && (
            <LogForm customerId={customerId} type={current.type} onDone={() => setOpen(null)} />
          )}
        </Modal>
      </>
    );
  return (
    <Space wrap>
      {BUTTONS.map((b) => (
        <Popover
          key={b.type}
          trigger="click"
          open={open === b.type}
          onOpenChange={(o) => setOpen(o ? b.type : null)}
          content={
            <div style={{ width: 320 }}>
              <LogForm customerId={customerId} type={b.type} onDone={() => setOpen(null)} />
            </div>
          }
          destroyOnHidden
        >
          <Button icon={b.icon} data-testid={`log-${b.type}`}>
            {t(b.label)}
          </Button>
        </Popover>
      ))}
    </Space>
  );
}
