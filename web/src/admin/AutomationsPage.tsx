import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Drawer,
  Empty,
  Flex,
  Popconfirm,
  Result,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useCustomFields } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { AutomationEditor, type Rule } from './AutomationEditor.tsx';
import { AutomationRuns } from './AutomationRuns.tsx';

/** Admin page: the workspace's automation rules, each with an on/off switch and its run log. */
export function AutomationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const phone = useIsPhone();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [runsOf, setRunsOf] = useState<Rule | null>(null);
  const fields = useCustomFields();
  const rules = useQuery({
    queryKey: qk.automations(),
    queryFn: () => unwrap(client.GET('/automations')).then((r) => r.items),
    enabled: user.role === 'admin',
  });
  if (user.role !== 'admin') return <Result status="403" title={t('errors.forbidden')} />;

  const refresh = () => void qc.invalidateQueries({ queryKey: qk.automations() });
  const toggle = async (r: Rule, enabled: boolean) => {
    await unwrap(
      client.PATCH('/automations/{id}', { params: { path: { id: r.id } }, body: { enabled } }),
    );
    refresh();
  };
  const remove = async (r: Rule) => {
    await unwrap(client.DELETE('/automations/{id}', { params: { path: { id: r.id } } }));
    void message.success(t('automations.deleted'));
    refresh();
  };
  const when = (r: Rule) => {
    const kind = t(`automations.triggers.${r.trigger.kind}`);
    if (r.trigger.kind === 'date_arrives') return `${kind}: ${dateWhen(r.trigger)}`;
    if (r.trigger.kind !== 'event' || !r.trigger.eventType) return kind;
    const event = t(
      `automations.events.${r.trigger.eventType}` as 'automations.events.customer.created',
    );
    return r.trigger.fields?.length ? `${event} (${r.trigger.fields.join(', ')})` : event;
  };

  const dateWhen = (tr: Rule['trigger']) => {
    const key = tr.field?.startsWith('custom:') ? tr.field.slice(7) : null;
    const name = key
      ? (fields.data?.find((f) => f.key === key)?.label ?? key)
      : t('automations.dateFields.last_order_date');
    const n = tr.offsetDays ?? 0;
    const when =
      n < 0
        ? t('automations.daysBefore', { n: -n })
        : n > 0
          ? t('automations.daysAfter', { n })
          : t('automations.onTheDay');
    return `${name}, ${when}${tr.annual ? ` (${t('automations.annual')})` : ''}`;
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('automations.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('automations.newRule')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('automations.intro')}
      </Typography.Paragraph>
      <Table<Rule>
        rowKey="id"
        size="small"
        loading={rules.isPending}
        dataSource={rules.data ?? []}
        pagination={false}
        scroll={{ x: phone ? 600 : undefined }}
        locale={{ emptyText: <Empty description={t('automations.empty')} /> }}
        columns={[
          {
            title: t('automations.enabled'),
            width: 70,
            render: (_, r) => (
              <Switch
                checked={r.enabled}
                aria-label={t('automations.enabled')}
                onChange={(on) => void toggle(r, on)}
              />
            ),
          },
          { title: t('automations.name'), dataIndex: 'name' },
          { title: t('automations.when'), render: (_, r) => when(r) },
          {
            title: t('automations.then'),
            render: (_, r) =>
              r.actions.map((a) => t(`automations.actionTypes.${a.type}`)).join(' → '),
          },
          {
            key: 'actions',
            width: 220,
            render: (_, r) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing(r)}>
                  {t('automations.editRule')}
                </Button>
                <Button size="small" onClick={() => setRunsOf(r)}>
                  {t('automations.runs')}
                </Button>
                <Popconfirm title={t('automations.deleteConfirm')} onConfirm={() => remove(r)}>
                  <Button size="small" danger>
                    {t('automations.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <AutomationEditor
          rule={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              void message.success(t('automations.saved'));
              refresh();
            }
          }}
        />
      )}
      <Drawer
        open={!!runsOf}
        width={phone ? '100%' : 760}
        title={runsOf ? `${t('automations.runs')} · ${runsOf.name}` : ''}
        onClose={() => setRunsOf(null)}
      >
        {runsOf && <AutomationRuns ruleId={runsOf.id} />}
      </Drawer>
    </Flex>
  );
}
