import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { TYPES } from '../tickets/api.ts';
import { CHECKLIST_TYPES, VISIT_KINDS, VISIT_TRIGGERS, type Rule } from './api.ts';

type Item = Rule['checklist'][number];
interface Values {
  name: string;
  trigger: Rule['trigger'];
  kind: Rule['kind'];
  businessDays: number;
  ticketTypes?: (typeof TYPES)[number][];
  tiers?: ('A' | 'B' | 'C')[];
  enabled: boolean;
  checklist?: Partial<Item>[];
}

/** A new item's key: the next free `item_N` (the admin sees the label, answers keep the key). */
const keysFor = (items: Partial<Item>[]) => {
  const used = new Set(items.flatMap((i) => (i.key ? [i.key] : [])));
  let n = 1;
  return items.map((i) => {
    if (i.key) return i.key;
    while (used.has(`item_${n}`)) n++;
    used.add(`item_${n}`);
    return `item_${n}`;
  });
};

/** Adds or changes a follow-up visit rule, with its checklist. One column: it fits a phone. */
export function RuleEditor(props: { rule: Rule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const trigger = Form.useWatch('trigger', form);
  const r = props.rule;
  const save = useMutation({
    mutationFn: (v: Values) => {
      const items = v.checklist ?? [];
      const keys = keysFor(items);
      const body = {
        name: v.name,
        trigger: v.trigger,
        kind: v.kind,
        businessDays: v.businessDays,
        ticketTypes: v.trigger === 'ticket_solved' ? (v.ticketTypes ?? []) : [],
        tiers: v.tiers ?? [],
        enabled: v.enabled,
        checklist: items.map((i, n) => ({
          key: keys[n]!,
          label: i.label ?? '',
          type: i.type ?? 'yes_no',
          required: i.required === true,
        })),
      };
      return r
        ? unwrap(
            client.PATCH('/service-visit-rules/{id}', { params: { path: { id: r.id } }, body }),
          )
        : unwrap(client.POST('/service-visit-rules', { body }));
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: qk.visits.rules() });
      props.onClose();
    },
    onError: (err) => {
      const rest = applyFieldErrors(form, err, t, {
        known: ['name', 'trigger', 'kind', 'businessDays', 'ticketTypes', 'tiers', 'checklist'],
        lists: ['ticketTypes', 'tiers'],
      });
      for (const e of rest) void message.error(e.message);
    },
  });
  const initial: Partial<Values> = r
    ? {
        ...r,
        ticketTypes: r.ticketTypes as Values['ticketTypes'],
        tiers: r.tiers as Values['tiers'],
      }
    : { trigger: 'ticket_solved', kind: 'call', businessDays: 3, enabled: true, checklist: [] };
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return (
    <Modal
      open
      title={r ? r.name : t('visits.rules.add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
      okButtonProps={{ 'data-testid': 'visit-rule-save' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        preserve={false}
      >
        <Form.Item
          name="name"
          label={t('visits.rules.name')}
          rules={[{ required: true, max: 120 }]}
        >
          <Input data-testid="visit-rule-name" />
        </Form.Item>
        <Form.Item name="trigger" label={t('visits.rules.trigger')}>
          <Select options={options(VISIT_TRIGGERS, 'visits.triggers')} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="kind" label={t('visits.rules.kind')}>
            <Radio.Group optionType="button" options={options(VISIT_KINDS, 'visits.kinds')} />
          </Form.Item>
          <Form.Item
            name="businessDays"
            label={t('visits.rules.businessDays')}
            extra={t('visits.rules.businessDaysHint')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={90} precision={0} data-testid="visit-rule-days" />
          </Form.Item>
        </Flex>
        {trigger === 'ticket_solved' && (
          <Form.Item name="ticketTypes" label={t('visits.rules.ticketTypes')}>
            <Select
              mode="multiple"
              placeholder={t('visits.rules.any')}
              options={options(TYPES, 'tickets.types')}
            />
          </Form.Item>
        )}
        <Form.Item name="tiers" label={t('visits.rules.tiers')}>
          <Select
            mode="multiple"
            placeholder={t('visits.rules.any')}
            options={['A', 'B', 'C'].map((x) => ({ value: x, label: x }))}
          />
        </Form.Item>
        <Form.Item name="enabled" label={t('visits.rules.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Typography.Text strong>{t('visits.rules.checklist')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('visits.rules.checklistHint')}
        </Typography.Paragraph>
        <Form.List name="checklist">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} wrap align="start" data-testid="visit-rule-item">
                  <Form.Item name={[f.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'label']}
                    rules={[{ required: true, max: 200 }]}
                    style={{ flex: '1 1 200px', marginBottom: 0 }}
                  >
                    <Input placeholder={t('visits.rules.itemLabel')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'type']} style={{ width: 130, marginBottom: 0 }}>
                    <Select options={options(CHECKLIST_TYPES, 'visits.checklistTypes')} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'required']}
                    valuePropName="checked"
                    style={{ marginBottom: 0 }}
                  >
                    <Checkbox>{t('visits.rules.required')}</Checkbox>
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('common.delete')}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ type: 'yes_no', required: false })}
                disabled={fields.length >= 20}
                data-testid="visit-rule-add-item"
              >
                {t('visits.rules.addItem')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
