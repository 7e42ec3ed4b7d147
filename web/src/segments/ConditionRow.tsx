import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../api/types.ts';

export interface Condition {
  field: string;
  op: string;
  value?: unknown;
}

type Kind = 'text' | 'code' | 'number' | 'date' | 'instant' | 'tags';

/** Mirrors the server's catalogue (src/domain/segments/segment-filter.ts); the server validates. */
const BUILT_IN: Record<string, Kind> = {
  country: 'code',
  region: 'text',
  city: 'text',
  industry: 'text',
  size: 'text',
  source: 'text',
  stage: 'code',
  tier: 'code',
  healthScore: 'number',
  lastTouchAt: 'instant',
  createdAt: 'instant',
  tags: 'tags',
  rfm: 'code',
  lastOrderDate: 'date',
};
const OPS: Record<Kind, string[]> = {
  text: ['is', 'is_not', 'in', 'not_in', 'contains', 'is_empty', 'is_not_empty'],
  code: ['is', 'is_not', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  number: ['is', 'gt', 'gte', 'lt', 'lte', 'between', 'is_empty', 'is_not_empty'],
  date: ['before', 'after', 'between', 'is_empty', 'is_not_empty'],
  instant: ['before', 'after', 'within_days', 'older_than_days', 'is_empty', 'is_not_empty'],
  tags: ['has_any', 'has_all', 'has_none'],
};
const CHOICES: Record<string, string[]> = {
  stage: ['lead', 'prospect', 'customer', 'partner', 'churned'],
  tier: ['A', 'B', 'C'],
};
const LISTS = ['in', 'not_in', 'has_any', 'has_all', 'has_none'];

export function kindOf(field: string, custom: CustomField[]): Kind {
  if (field.startsWith('custom.')) {
    const def = custom.find((d) => `custom.${d.key}` === field);
    return def?.type === 'number' ? 'number' : def?.type === 'date' ? 'date' : 'text';
  }
  return BUILT_IN[field] ?? 'text';
}

export function defaultCondition(): Condition {
  return { field: 'country', op: 'in', value: [] };
}

export function ConditionRow(props: {
  value: Condition;
  custom: CustomField[];
  onChange: (c: Condition) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { value: c, custom, onChange } = props;
  const kind = kindOf(c.field, custom);
  const fieldOptions = [
    ...Object.keys(BUILT_IN).map((f) => ({
      value: f,
      label: t(`segments.fields.${f}` as 'segments.fields.country'),
    })),
    ...custom.map((d) => ({ value: `custom.${d.key}`, label: d.label })),
  ];
  const choices =
    CHOICES[c.field] ?? custom.find((d) => `custom.${d.key}` === c.field)?.options ?? [];
  const set = (patch: Partial<Condition>) => onChange({ ...c, ...patch });

  const valueInput = () => {
    if (c.op === 'is_empty' || c.op === 'is_not_empty') return null;
    if (c.op === 'within_days' || c.op === 'older_than_days')
      return (
        <InputNumber
          min={0}
          value={c.value as number}
          onChange={(v) => set({ value: v ?? undefined })}
        />
      );
    if (c.op === 'between') {
      const [lo, hi] = (Array.isArray(c.value) ? c.value : [undefined, undefined]) as unknown[];
      const one = (v: unknown, i: number) =>
        kind === 'number' ? (
          <InputNumber
            value={v as number}
            onChange={(n) => set({ value: i === 0 ? [n, hi] : [lo, n] })}
          />
        ) : (
          <Input
            type="date"
            value={(v as string) ?? ''}
            onChange={(e) => set({ value: i === 0 ? [e.target.value, hi] : [lo, e.target.value] })}
          />
        );
      return (
        <Space>
          {one(lo, 0)}–{one(hi, 1)}
        </Space>
      );
    }
    if (LISTS.includes(c.op))
      return (
        <Select
          data-testid="condition-values"
          mode={choices.length ? 'multiple' : 'tags'}
          style={{ minWidth: 220 }}
          value={(c.value as string[]) ?? []}
          tokenSeparators={[',', '，', ' ']}
          options={choices.map((o) => ({
            value: o,
            label: c.field === 'stage' ? t(`stages.${o}` as 'stages.lead') : o,
          }))}
          onChange={(v: string[]) => set({ value: v })}
        />
      );
    if (kind === 'number')
      return (
        <InputNumber value={c.value as number} onChange={(v) => set({ value: v ?? undefined })} />
      );
    if (kind === 'date' || kind === 'instant')
      return (
        <Input
          type="date"
          value={(c.value as string) ?? ''}
          onChange={(e) => set({ value: e.target.value })}
        />
      );
    if (choices.length)
      return (
        <Select
          style={{ minWidth: 160 }}
          value={c.value as string}
          options={choices.map((o) => ({ value: o, label: o }))}
          onChange={(v: string) => set({ value: v })}
        />
      );
    return (
      <Input
        style={{ width: 200 }}
        value={(c.value as string) ?? ''}
        onChange={(e) => set({ value: e.target.value })}
      />
    );
  };

  return (
    <Space wrap align="center">
      <Select
        style={{ width: 170 }}
        value={c.field}
        options={fieldOptions}
        aria-label={t('segments.field')}
        onChange={(field: string) => {
          const ops = OPS[kindOf(field, custom)];
          onChange({ field, op: ops.includes(c.op) ? c.op : (ops[0] ?? 'is'), value: undefined });
        }}
      />
      <Select
        style={{ width: 170 }}
        value={c.op}
        aria-label={t('segments.op')}
        options={OPS[kind].map((o) => ({
          value: o,
          label: t(`segments.ops.${o}` as 'segments.ops.is'),
        }))}
        onChange={(op: string) =>
          set({ op, value: LISTS.includes(op) ? [] : op === 'between' ? [] : undefined })
        }
      />
      {valueInput()}
      <Button type="text" danger icon={<DeleteOutlined />} onClick={props.onRemove} />
    </Space>
  );
}
