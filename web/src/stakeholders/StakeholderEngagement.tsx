import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Radio,
  Select,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { BodyOf } from '../api/models.ts';
import { useNameOf } from '../api/queries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import type { Stakeholder } from './StakeholdersPage.tsx';

const KINDS = ['meeting', 'call', 'letter', 'email', 'visit', 'event', 'other'] as const;
type InteractionBody = BodyOf<'/stakeholders/{id}/interactions', 'post'>;
type PlanForm = { title: string; when: 'date' | 'days'; dueDate?: string; businessDays?: number };

export const engagementKey = (id: string) => ['stakeholders', 'engagement', id] as const;

/**
 * A stakeholder's timeline (interactions and changes of stance, newest first) and its engagement
 * plan (follow-ups due on business days of the stakeholder's country, open or done).
 */
export function StakeholderEngagement({ stakeholder: s }: { stakeholder: Stakeholder }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const name = useNameOf();
  const zh = i18n.language === 'zh-CN';
  const [logForm] = Form.useForm<InteractionBody>();
  const [planForm] = Form.useForm<PlanForm>();
  const [busy, setBusy] = useState(false);
  const when = Form.useWatch('when', planForm) ?? 'date';
  const path = { params: { path: { id: s.id } } };
  const q = useQuery({
    queryKey: engagementKey(s.id),
    queryFn: () => unwrap(client.GET('/stakeholders/{id}/engagement', path)),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: engagementKey(s.id) });
  const log = async (v: InteractionBody) => {
    setBusy(true);
    try {
      await unwrap(client.POST('/stakeholders/{id}/interactions', { ...path, body: v }));
      logForm.resetFields();
      refresh();
    } catch (err) {
      applyFieldErrors(logForm, err, t, { known: ['kind', 'occurredOn', 'summary', 'people'] });
    } finally {
      setBusy(false);
    }
  };
  const plan = async (v: PlanForm) => {
    setBusy(true);
    try {
      const body =
        v.when === 'days'
          ? { title: v.title, businessDays: v.businessDays ?? 0 }
          : { title: v.title, ...(v.dueDate ? { dueDate: v.dueDate } : {}) };
      await unwrap(client.POST('/stakeholders/{id}/plans', { ...path, body }));
      planForm.resetFields();
      refresh();
    } catch (err) {
      applyFieldErrors(planForm, err, t, { known: ['title', 'dueDate', 'businessDays'] });
    } finally {
      setBusy(false);
    }
  };
  const setDone = async (planId: string, done: boolean) => {
    try {
      await unwrap(
        client.PATCH('/stakeholders/{id}/plans/{planId}', {
          params: { path: { id: s.id, planId } },
          body: { status: done ? 'done' : 'open' },
        }),
      );
      refresh();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  const remove = async (interactionId: string) => {
    await unwrap(
      client.DELETE('/stakeholders/{id}/interactions/{interactionId}', {
        params: { path: { id: s.id, interactionId } },
      }),
    );
    refresh();
  };
  const e = q.data;
  // Interactions and changes of stance on one timeline, newest first.
  const events = [
    ...(e?.interactions ?? []).map((i) => ({ key: i.id, day: i.occurredOn, i, stance: null })),
    ...s.stanceHistory.map((h, n) => ({
      key: `stance-${n}`,
      day: h.at.slice(0, 10),
      i: null,
      stance: h,
    })),
  ].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));

  return (
    <>
      <Card
        title={t('stakeholders.engage.timeline')}
        loading={q.isPending}
        data-testid="stakeholder-timeline"
      >
        {e?.canEdit && (
          <Form
            form={logForm}
            layout="vertical"
            onFinish={log}
            initialValues={{ kind: 'meeting', occurredOn: e.today }}
          >
            <Flex wrap gap={8}>
              <Form.Item
                name="kind"
                label={t('stakeholders.engage.kind')}
                style={{ minWidth: 140 }}
              >
                <Select
                  options={KINDS.map((k) => ({
                    value: k,
                    label: t(`stakeholders.engage.kinds.${k}`),
                  }))}
                  data-testid="interaction-kind"
                />
              </Form.Item>
              <Form.Item name="occurredOn" label={t('stakeholders.engage.occurredOn')}>
                <Input type="date" max={e.today} data-testid="interaction-date" />
              </Form.Item>
            </Flex>
            <Form.Item
              name="summary"
              label={t('stakeholders.engage.summary')}
              rules={[{ required: true, message: t('stakeholders.engage.summaryRequired') }]}
            >
              <Input.TextArea rows={2} maxLength={4000} data-testid="interaction-summary" />
            </Form.Item>
            <Form.Item name="people" label={t('stakeholders.engage.people')}>
              <Input maxLength={500} data-testid="interaction-people" />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={busy} data-testid="interaction-save">
              {t('stakeholders.engage.log')}
            </Button>
          </Form>
        )}
        {events.length === 0 ? (
          <Empty description={t('stakeholders.engage.noTimeline')} />
        ) : (
          <Timeline
            style={{ marginTop: 16 }}
            items={events.map((ev) => ({
              key: ev.key,
              color: ev.i ? 'blue' : 'gray',
              children: ev.i ? (
                <div data-testid="interaction-row" style={{ overflowWrap: 'anywhere' }}>
                  <Typography.Text strong>
                    {ev.day} · {t(`stakeholders.engage.kinds.${ev.i.kind}`)}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {t('stakeholders.engage.loggedBy', { name: name.user(ev.i.userId) })}
                  </Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{ev.i.summary}</div>
                  {ev.i.people && (
                    <Typography.Text type="secondary">
                      {t('stakeholders.engage.with', { people: ev.i.people })}
                    </Typography.Text>
                  )}
                  {e?.canEdit && (
                    <Popconfirm
                      title={t('stakeholders.engage.removeConfirm')}
                      onConfirm={() => remove(ev.i.id)}
                    >
                      <Button type="link" size="small">
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </div>
              ) : (
                <Typography.Text type="secondary">
                  {ev.day} ·{' '}
                  {t('stakeholders.engage.stanceSet', {
                    stance: t(`stakeholders.stances.${ev.stance.stance}`),
                  })}
                  {ev.stance.note ? ` — ${ev.stance.note}` : ''}
                </Typography.Text>
              ),
            }))}
          />
        )}
      </Card>
      <Card
        title={t('stakeholders.engage.plan')}
        loading={q.isPending}
        data-testid="stakeholder-plan"
      >
        {e && (
          <Typography.Paragraph type="secondary">
            {t('stakeholders.engage.planIntro', { today: e.today, zone: e.timeZone })}
          </Typography.Paragraph>
        )}
        {e?.canEdit && (
          <Form
            form={planForm}
            layout="vertical"
            onFinish={plan}
            initialValues={{ when: 'date', businessDays: 5 }}
          >
            <Form.Item
              name="title"
              label={t('stakeholders.engage.planTitle')}
              rules={[{ required: true, message: t('stakeholders.engage.titleRequired') }]}
            >
              <Input maxLength={300} data-testid="plan-title" />
            </Form.Item>
            <Form.Item name="when">
              <Radio.Group
                options={[
                  { value: 'date', label: t('stakeholders.engage.onDay') },
                  { value: 'days', label: t('stakeholders.engage.inBusinessDays') },
                ]}
              />
            </Form.Item>
            {when === 'date' ? (
              <Form.Item name="dueDate" label={t('stakeholders.engage.dueDate')}>
                <Input type="date" min={e.today} data-testid="plan-date" />
              </Form.Item>
            ) : (
              <Form.Item name="businessDays" label={t('stakeholders.engage.businessDays')}>
                <InputNumber min={0} max={250} data-testid="plan-days" />
              </Form.Item>
            )}
            <Button htmlType="submit" type="primary" loading={busy} data-testid="plan-save">
              {t('stakeholders.engage.addPlan')}
            </Button>
          </Form>
        )}
        <List
          style={{ marginTop: 16 }}
          dataSource={e?.plans ?? []}
          locale={{ emptyText: t('stakeholders.engage.noPlans') }}
          renderItem={(p) => (
            <List.Item data-testid="plan-row">
              <Flex vertical gap={4} style={{ width: '100%', overflowWrap: 'anywhere' }}>
                <Checkbox
                  checked={p.status === 'done'}
                  disabled={!e?.canEdit}
                  onChange={(ev) => void setDone(p.id, ev.target.checked)}
                  data-testid="plan-done"
                >
                  <Typography.Text delete={p.status === 'done'}>{p.title}</Typography.Text>
                </Checkbox>
                <Flex wrap gap={4}>
                  <Tag color={p.overdue ? 'red' : p.status === 'done' ? 'green' : 'blue'}>
                    {p.status === 'done'
                      ? t('stakeholders.engage.done')
                      : p.overdue
                        ? t('stakeholders.engage.overdue', { date: p.dueDate })
                        : t('stakeholders.engage.due', { date: p.dueDate })}
                  </Tag>
                  <Tag>{name.user(p.assigneeId)}</Tag>
                </Flex>
                {p.reason && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {zh ? p.reason.zh : p.reason.en}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
