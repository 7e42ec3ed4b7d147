import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { BodyOf, ResponseOf } from '../api/models.ts';
import { useSegments } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { emptyGroup, GroupEditor, type Group } from '../segments/GroupEditor.tsx';
import { ActionInput, type Action } from './AutomationActionInput.tsx';
import { DateTriggerInput } from './DateTriggerInput.tsx';
import {
  TRIGGER_EVENTS,
  TRIGGER_KINDS,
  ACTION_TYPES,
} from '../../../src/domain/automations/rules.ts';

export type Rule = ResponseOf<'/automations/{id}'>;
type Body = BodyOf<'/automations', 'post'>;
type Trigger = Rule['trigger'];

// Customer fields worth naming for "only when these fields change" (the audit's field names).
const CHANGE_FIELDS = ['stage', 'tier', 'ownerId', 'tags', 'country', 'name', 'teamId', 'source'];

const blankAction = (type: Action['type']): Action =>
  type === 'create_follow_up' ? { type, businessDays: 2 } : { type };

/** Create or change one rule: when (trigger), if (condition), then (actions). */
export function AutomationEditor(props: { rule: Rule | null; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const r = props.rule;
  const [name, setName] = useState(r?.name ?? '');
  const [trigger, setTrigger] = useState<Trigger>(
    r?.trigger ?? { kind: 'event', eventType: 'customer.created' },
  );
  const [condition, setCondition] = useState<Group | null>(r?.condition ?? null);
  const [actions, setActions] = useState<Action[]>(r?.actions ?? [blankAction('create_follow_up')]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const segments = useSegments();
  const catalogue = useQuery({
    queryKey: qk.segmentFields(),
    queryFn: () => unwrap(client.GET('/segments/fields')),
  });
  const setAction = (i: number, a: Action) => setActions(actions.map((x, j) => (j === i ? a : x)));

  const save = async () => {
    setSaving(true);
    const body = { name, trigger, condition, actions } as Body;
    try {
      if (r)
        await unwrap(client.PATCH('/automations/{id}', { params: { path: { id: r.id } }, body }));
      else await unwrap(client.POST('/automations', { body }));
      props.onClose(true);
    } catch (err) {
      setErrors(
        err instanceof ApiError && err.errors.length
          ? err.errors.map((e) => `${e.path}: ${translateFieldError(e, t)}`)
          : [err instanceof Error ? err.message : t('errors.generic')],
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t(r ? 'automations.editRule' : 'automations.newRule')}
      onCancel={() => props.onClose(false)}
      onOk={() => void save()}
      okButtonProps={{ loading: saving }}
      okText={t('common.save')}
    >
      <Flex vertical gap={12}>
        <Input
          placeholder={t('automations.name')}
          aria-label={t('automations.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Typography.Text strong>{t('automations.when')}</Typography.Text>
        <Space wrap>
          <Select
            style={{ minWidth: 220 }}
            aria-label={t('automations.trigger')}
            value={trigger.kind}
            onChange={(kind) =>
              setTrigger(
                kind === 'event'
                  ? { kind, eventType: 'customer.created' }
                  : kind === 'follow_up_overdue'
                    ? { kind }
                    : kind === 'date_arrives'
                      ? { kind, field: 'last_order_date', offsetDays: 0, annual: false }
                      : { kind, segmentId: segments.data?.[0]?.id },
              )
            }
            options={TRIGGER_KINDS.map((k) => ({
              value: k,
              label: t(`automations.triggers.${k}`),
            }))}
          />
          {trigger.kind === 'event' && (
            <Select
              style={{ minWidth: 200 }}
              aria-label={t('automations.eventType')}
              value={trigger.eventType}
              onChange={(eventType) => setTrigger({ kind: 'event', eventType })}
              options={TRIGGER_EVENTS.map((e) => ({
                value: e,
                label: t(`automations.events.${e}` as 'automations.events.customer.created'),
              }))}
            />
          )}
          {(trigger.kind === 'segment_enter' || trigger.kind === 'segment_leave') && (
            <Select
              style={{ minWidth: 200 }}
              aria-label={t('automations.segment')}
              value={trigger.segmentId}
              onChange={(segmentId) => setTrigger({ ...trigger, segmentId })}
              options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          )}
        </Space>
        {trigger.kind === 'date_arrives' && (
          <>
            <DateTriggerInput value={trigger} onChange={setTrigger} />
            <Typography.Text type="secondary">{t('automations.dateHint')}</Typography.Text>
          </>
        )}
        {trigger.kind === 'event' && trigger.eventType?.endsWith('.updated') && (
          <Select
            mode="tags"
            placeholder={t('automations.fieldsHint')}
            aria-label={t('automations.fields')}
            value={trigger.fields ?? []}
            onChange={(fields) => setTrigger({ ...trigger, fields })}
            options={CHANGE_FIELDS.map((f) => ({ value: f, label: f }))}
          />
        )}
        <Typography.Text strong>{t('automations.if')}</Typography.Text>
        {condition && catalogue.data ? (
          <GroupEditor
            value={condition}
            catalogue={catalogue.data}
            onChange={setCondition}
            onRemove={() => setCondition(null)}
          />
        ) : (
          <Space wrap>
            <Typography.Text type="secondary">{t('automations.always')}</Typography.Text>
            <Button icon={<PlusOutlined />} onClick={() => setCondition(emptyGroup())}>
              {t('automations.addCondition')}
            </Button>
          </Space>
        )}
        <Typography.Text strong>{t('automations.then')}</Typography.Text>
        {actions.map((a, i) => (
          <Space key={i} wrap align="center">
            <Select
              style={{ minWidth: 200 }}
              value={a.type}
              onChange={(type) => setAction(i, blankAction(type))}
              options={ACTION_TYPES.map((k) => ({
                value: k,
                label: t(`automations.actionTypes.${k}`),
              }))}
            />
            <ActionInput action={a} onChange={(next) => setAction(i, next)} />
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('automations.removeAction')}
              onClick={() => setActions(actions.filter((_, j) => j !== i))}
            />
          </Space>
        ))}
        <Button
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setActions([...actions, blankAction('add_tag')])}
        >
          {t('automations.addAction')}
        </Button>
        <Typography.Text type="secondary">{t('automations.emailLater')}</Typography.Text>
        {errors.length > 0 && <Alert type="error" showIcon title={errors.join('; ')} />}
      </Flex>
    </Modal>
  );
}
