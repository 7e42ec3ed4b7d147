import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Input, Popover, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { useSession } from '../auth/session.tsx';
import { BREACHES, PRIORITIES, STATUSES } from './api.ts';

/** What the tickets list asks for besides the order (by time left). */
export interface TicketFilter {
  status: string;
  priority?: (typeof PRIORITIES)[number];
  breach?: (typeof BREACHES)[number];
  /** a support team's id, or "none" */
  teamId?: string;
  assigneeId?: string;
}

export const DEFAULT_FILTER: TicketFilter = { status: 'active' };

interface SavedView {
  name: string;
  filter: TicketFilter;
}

// Saved views live in this browser, per user: a desk's working lists ("breached in Hamburg",
// "mine, urgent") without a server round trip; the built-in ones every user gets.
const storageKey = (userId: string) => `chuhai.ticketViews.${userId}`;

function readViews(userId: string): SavedView[] {
  try {
    const v = JSON.parse(localStorage.getItem(storageKey(userId)) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as SavedView[]).filter((x) => x?.name && x.filter) : [];
  } catch {
    return [];
  }
}

/** The list's filters and views: built-in (all open, mine, breached) and the user's saved ones. */
export function TicketFilters(props: { value: TicketFilter; onChange: (f: TicketFilter) => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const users = useUsers();
  const teams = useQuery({
    queryKey: ['support-teams'],
    queryFn: () => unwrap(client.GET('/support-teams')),
  });
  const [views, setViews] = useState(() => readViews(user.id));
  const [chosen, setChosen] = useState<string>('builtin:active');
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const builtIn: Record<string, TicketFilter> = {
    'builtin:active': DEFAULT_FILTER,
    'builtin:mine': { status: 'active', assigneeId: user.id },
    'builtin:breached': { status: 'active', breach: 'breached' },
  };
  const store = (next: SavedView[]) => {
    setViews(next);
    localStorage.setItem(storageKey(user.id), JSON.stringify(next));
  };
  const f = props.value;
  const set = (patch: Partial<TicketFilter>) => {
    setChosen('');
    props.onChange({ ...f, ...patch });
  };
  const save = () => {
    const clean = name.trim().slice(0, 60);
    if (!clean) return;
    store([...views.filter((v) => v.name !== clean), { name: clean, filter: f }]);
    setChosen(`saved:${clean}`);
    setName('');
    setSaving(false);
  };
  const savedName = chosen.startsWith('saved:') ? chosen.slice(6) : null;

  return (
    <Space wrap>
      <Select
        style={{ width: 200 }}
        data-testid="ticket-view"
        value={chosen || undefined}
        placeholder={t('tickets.views.custom')}
        onChange={(key: string) => {
          setChosen(key);
          const filter = builtIn[key] ?? views.find((v) => `saved:${v.name}` === key)?.filter;
          if (filter) props.onChange(filter);
        }}
        options={[
          ...Object.keys(builtIn).map((k) => ({
            value: k,
            label: t(`tickets.views.${k.slice(8)}`),
          })),
          ...views.map((v) => ({ value: `saved:${v.name}`, label: v.name })),
        ]}
      />
      <Popover
        open={saving}
        onOpenChange={setSaving}
        trigger="click"
        content={
          <Space.Compact>
            <Input
              autoFocus
              maxLength={60}
              value={name}
              placeholder={t('tickets.views.name')}
              onChange={(e) => setName(e.target.value)}
              onPressEnter={save}
              data-testid="ticket-view-name"
            />
            <Button type="primary" onClick={save} data-testid="ticket-view-save">
              {t('tickets.views.save')}
            </Button>
          </Space.Compact>
        }
      >
        <Button icon={<SaveOutlined />} data-testid="ticket-view-new">
          {t('tickets.views.saveAs')}
        </Button>
      </Popover>
      {savedName && (
        <Button
          icon={<DeleteOutlined />}
          aria-label={t('tickets.views.delete')}
          onClick={() => {
            store(views.filter((v) => v.name !== savedName));
            setChosen('');
          }}
        />
      )}
      <Select
        allowClear
        style={{ width: 190 }}
        placeholder={t('tickets.filters.anyStatus')}
        value={f.status || undefined}
        onChange={(v?: string) => set({ status: v ?? '' })}
        options={[
          { value: 'active', label: t('tickets.filters.active') },
          ...STATUSES.map((s) => ({ value: s, label: t(`tickets.statuses.${s}`) })),
        ]}
      />
      <Select
        allowClear
        style={{ width: 150 }}
        placeholder={t('tickets.filters.anyPriority')}
        value={f.priority}
        onChange={(priority?: TicketFilter['priority']) => set({ priority })}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`tickets.priorities.${p}`) }))}
      />
      <Select
        allowClear
        style={{ width: 150 }}
        placeholder={t('tickets.filters.anyBreach')}
        value={f.breach}
        onChange={(breach?: TicketFilter['breach']) => set({ breach })}
        options={BREACHES.map((b) => ({ value: b, label: t(`tickets.breach.${b}`) }))}
      />
      <Select
        allowClear
        style={{ width: 170 }}
        placeholder={t('tickets.filters.anyTeam')}
        value={f.teamId}
        onChange={(teamId?: string) => set({ teamId })}
        options={[
          { value: 'none', label: t('tickets.filters.noTeam') },
          ...(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name })),
        ]}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ width: 170 }}
        placeholder={t('tickets.filters.anyAssignee')}
        value={f.assigneeId}
        onChange={(assigneeId?: string) => set({ assigneeId })}
        options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      />
    </Space>
  );
}
