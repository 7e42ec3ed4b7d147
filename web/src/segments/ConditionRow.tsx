import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { useTeams, useUsers } from '../api/queries.ts';
import { countryOptions } from '../lib/countries.ts';
import type {
  CatalogueField,
  FieldCatalogue,
  FilterCondition as Condition,
} from '../api/models.ts';

export type { CatalogueField, Condition, FieldCatalogue };

const LISTS = ['in', 'not_in', 'has_any', 'has_all', 'has_none'];

export function defaultCondition(): Condition {
  return { field: 'country', op: 'in', value: [] };
}

/** A condition: field, operator and a value input fitting the field's kind, all from the server. */
export function ConditionRow(props: {
  value: Condition;
  catalogue: FieldCatalogue;
  onChange: (c: Condition) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { value: c, catalogue, onChange } = props;
  const users = useUsers().data ?? [];
  const teams = useTeams().data ?? [];
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const field = catalogue.items.find((f) => f.field === c.field);
  const kind = field?.kind ?? 'text';
  const label = (f: CatalogueField) =>
    f.label ?? t(`segments.fields.${f.field}` as 'segments.fields.country', f.field);
  const fieldOptions = catalogue.items.map((f) => ({ value: f.field, label: label(f) }));
  // Owners, teams and countries are picked by name; codes and select fields from their values.
  const choices: { value: string; label: string }[] =
    c.field === 'ownerId'
      ? users.map((u) => ({ value: u.id, label: u.name }))
      : c.field === 'teamId'
        ? teams.map((x) => ({ value: x.id, label: x.name }))
        : c.field === 'country'
          ? countries
          : (field?.values ?? []).map((o) => ({
              value: o,
              label: c.field === 'stage' ? t(`stages.${o}` as 'stages.lead') : o,
            }));
  const money = field?.money ? catalogue.reportingCurrency : undefined;
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
            suffix={money}
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
          showSearch={{ optionFilterProp: 'label' }}
          options={choices}
          onChange={(v: string[]) => set({ value: v })}
        />
      );
    if (kind === 'number')
      return (
        <InputNumber
          suffix={money}
          value={c.value as number}
          onChange={(v) => set({ value: v ?? undefined })}
        />
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
          showSearch={{ optionFilterProp: 'label' }}
          value={c.value as string}
          options={choices}
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
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(next: string) => {
          const ops = catalogue.items.find((f) => f.field === next)?.operators ?? [];
          const op = ops.includes(c.op) ? c.op : (ops[0] ?? 'is');
          onChange({ field: next, op, value: LISTS.includes(op) ? [] : undefined });
        }}
      />
      <Select
        style={{ width: 170 }}
        value={c.op}
        aria-label={t('segments.op')}
        options={(field?.operators ?? []).map((o) => ({
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
