import { Select, Space, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfficePeople, type AssignablePerson } from './api.ts';

/** "14:05" now in an office's zone, in the reader's locale. */
const timeIn = (timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(),
  );

/**
 * The people of the offices the caller sees, grouped by office with the office's city and its
 * local time now; staff without a login are marked. Use as `options` of a Select.
 */
export function useOfficePersonOptions(filter?: (p: AssignablePerson) => boolean) {
  const { t, i18n } = useTranslation();
  const people = (useOfficePeople().data ?? []).filter((p) => !filter || filter(p));
  const groups = new Map<string, AssignablePerson[]>();
  for (const p of people) groups.set(p.officeId, [...(groups.get(p.officeId) ?? []), p]);
  return [...groups.values()].map((ps) => {
    const o = ps[0]!;
    const time = t('offices.assignee.localTime', { time: timeIn(o.timeZone, i18n.language) });
    return {
      label: `${o.officeName} · ${o.city} · ${time}`,
      title: o.officeName,
      options: ps.map((p) => ({
        value: p.id,
        label: p.userId ? p.name : `${p.name} (${t('offices.assignee.noLogin')})`,
      })),
    };
  });
}

/**
 * Picks the office person doing a follow-up or ticket (clearing gives it back to the user
 * assignee alone). Shows nothing when the caller sees no office with people.
 */
export function OfficePersonSelect(props: {
  /** optional: a Form.Item passes both */
  value?: string | null;
  onChange?: (personId: string | null) => void;
  size?: 'small' | 'middle';
  disabled?: boolean;
  style?: CSSProperties;
  /** with its label above it (a property of a record's page) */
  labelled?: boolean;
}) {
  const { t } = useTranslation();
  const options = useOfficePersonOptions();
  if (!options.length) return null;
  const select = (
    <Select
      size={props.size}
      style={{ minWidth: 180, maxWidth: '100%', ...props.style }}
      allowClear
      showSearch
      optionFilterProp="label"
      popupMatchSelectWidth={false}
      disabled={props.disabled}
      placeholder={t('offices.assignee.pick')}
      aria-label={t('offices.assignee.label')}
      value={props.value ?? undefined}
      onChange={(v?: string) => props.onChange?.(v ?? null)}
      options={options}
      data-testid="office-person-select"
    />
  );
  if (!props.labelled) return select;
  return (
    <Space direction="vertical" size={2}>
      <Typography.Text type="secondary">{t('offices.assignee.label')}</Typography.Text>
      {select}
    </Space>
  );
}

/** The name of an office person the caller sees, or null. */
export function useOfficePersonName() {
  const people = useOfficePeople().data ?? [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return (id: string | null | undefined) => {
    const p = id ? byId.get(id) : undefined;
    return p ? `${p.name} (${p.officeName})` : null;
  };
}
