import { CheckOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, Input, List, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { formatDate } from '../lib/format.ts';
import type { Leave, OfficeDetail } from './api.ts';
import { LeaveImportButton } from './LeaveImportButton.tsx';

interface Values {
  personId: string;
  kind: 'annual' | 'sick';
  from: string;
  to: string;
  reason?: string;
}
const STATUS_COLOR = { requested: 'gold', approved: 'green', rejected: 'default' } as const;

/**
 * Leave in the office: a person requests their own, the manager (or an admin) records anyone's
 * and approves or rejects requests. Reasons come from the server only for those who may read them.
 */
export function LeaveCard({ office }: { office: OfficeDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Values>();
  const names = new Map(office.people.map((p) => [p.id, p.name]));
  // The manager records anyone's leave; everyone else only their own.
  const choosable = office.canManage
    ? office.people
    : office.people.filter((p) => p.userId === user.id);
  const refresh = () => void qc.invalidateQueries({ queryKey: qk.offices.all() });

  const submit = async (v: Values) => {
    try {
      await unwrap(
        client.POST('/offices/{id}/leave', {
          params: { path: { id: office.id } },
          body: { ...v, reason: v.reason || null },
        }),
      );
      void message.success(t('common.saved'));
      setAdding(false);
      refresh();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, { known: ['personId', 'kind', 'from', 'to'] });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  const decide = async (l: Leave, decision: 'approved' | 'rejected') => {
    try {
      await unwrap(
        client.POST('/offices/{id}/leave/{leaveId}/decision', {
          params: { path: { id: office.id, leaveId: l.id } },
          body: { decision },
        }),
      );
      refresh();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  const required = [{ required: true, message: t('errors.required') }];

  return (
    <Card
      size="small"
      title={t('offices.leave.title')}
      extra={
        <Space size={4} wrap>
          {office.canManage && office.people.length > 0 && (
            <LeaveImportButton officeId={office.id} />
          )}
          {choosable.length > 0 && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="leave-add"
            >
              {office.canManage ? t('offices.leave.add') : t('offices.leave.request')}
            </Button>
          )}
        </Space>
      }
    >
      <List
        dataSource={office.leave}
        locale={{ emptyText: <Empty description={t('offices.leave.empty')} /> }}
        renderItem={(l) => (
          <List.Item
            data-testid="leave-row"
            actions={
              office.canManage && l.status === 'requested'
                ? [
                    <Button
                      key="ok"
                      size="small"
                      type="primary"
                      icon={<CheckOutlined />}
                      onClick={() => void decide(l, 'approved')}
                      data-testid="leave-approve"
                    >
                      {t('offices.leave.approve')}
                    </Button>,
                    <Button
                      key="no"
                      size="small"
                      icon={<CloseOutlined />}
                      onClick={() => void decide(l, 'rejected')}
                    >
                      {t('offices.leave.reject')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  {names.get(l.personId) ?? '—'}
                  <Tag>{t(`offices.leave.kinds.${l.kind}`)}</Tag>
                  <Tag color={STATUS_COLOR[l.status]}>
                    {t(`offices.leave.statuses.${l.status}`)}
                  </Tag>
                </Space>
              }
              description={
                <>
                  {formatDate(l.from, i18n.language)} – {formatDate(l.to, i18n.language)}
                  {l.reason && ` · ${l.reason}`}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={adding}
        title={office.canManage ? t('offices.leave.add') : t('offices.leave.request')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'leave-save' }}
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={submit}
          initialValues={{ kind: 'annual', personId: choosable[0]?.id }}
        >
          <Form.Item name="personId" label={t('offices.leave.person')} rules={required}>
            <Select
              options={choosable.map((p) => ({ value: p.id, label: p.name }))}
              data-testid="leave-person"
            />
          </Form.Item>
          <Form.Item name="kind" label={t('offices.leave.kind')} rules={required}>
            <Select
              options={(['annual', 'sick'] as const).map((k) => ({
                value: k,
                label: t(`offices.leave.kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item name="from" label={t('offices.leave.from')} rules={required}>
              <Input type="date" data-testid="leave-from" />
            </Form.Item>
            <Form.Item name="to" label={t('offices.leave.to')} rules={required}>
              <Input type="date" data-testid="leave-to" />
            </Form.Item>
          </Space>
          <Form.Item
            name="reason"
            label={t('offices.leave.reason')}
            extra={t('offices.leave.reasonHint')}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
