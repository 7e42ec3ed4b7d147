import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, List, Popconfirm, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { fetchRules, type Rule } from './api.ts';
import { RuleEditor } from './RuleEditor.tsx';

/**
 * The workspace's follow-up visit rules (admin): when each plans a call or visit, how many
 * business days later in the customer's calendar, for which tickets and tiers, with its checklist.
 * Cards rather than a table, so a phone shows each rule whole.
 */
export function VisitRulesPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: qk.visits.rules(), queryFn: fetchRules });
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const done = () => void qc.invalidateQueries({ queryKey: qk.visits.rules() });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(client.DELETE('/service-visit-rules/{id}', { params: { path: { id } } })),
    onSuccess: done,
  });
  const toggle = useMutation({
    mutationFn: (r: Rule) =>
      unwrap(
        client.PATCH('/service-visit-rules/{id}', {
          params: { path: { id: r.id } },
          body: { enabled: !r.enabled },
        }),
      ),
    onSuccess: done,
  });
  const list = (xs: string[], prefix: string) =>
    xs.length
      ? xs.map((x) => (prefix ? t(`${prefix}.${x}`) : x)).join(', ')
      : t('visits.rules.any');
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('visits.rules.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="visit-rule-new"
        >
          {t('visits.rules.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('visits.rules.hint')}
      </Typography.Paragraph>
      <List
        grid={{ gutter: 12, xs: 1, sm: 1, md: 2, xl: 3 }}
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('visits.rules.none')} /> }}
        renderItem={(r) => (
          <List.Item>
            <Card
              size="small"
              data-testid="visit-rule"
              title={
                <span style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>{r.name}</span>
              }
              extra={
                <Space>
                  <Switch
                    size="small"
                    checked={r.enabled}
                    onChange={() => toggle.mutate(r)}
                    aria-label={r.enabled ? t('visits.rules.enabled') : t('visits.rules.disabled')}
                  />
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setEditing(r)}
                    aria-label={t('common.edit')}
                  />
                  <Popconfirm
                    title={t('visits.rules.deleteConfirm')}
                    okText={t('common.yes')}
                    cancelText={t('common.no')}
                    onConfirm={() => remove.mutate(r.id)}
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('common.delete')}
                    />
                  </Popconfirm>
                </Space>
              }
            >
              <Flex vertical gap={4}>
                <Typography.Text>
                  {t('visits.rules.summary', {
                    kind: t(`visits.kinds.${r.kind}`),
                    days: r.businessDays,
                    trigger: t(`visits.triggers.${r.trigger}`),
                  })}
                </Typography.Text>
                {r.trigger === 'ticket_solved' && (
                  <Typography.Text type="secondary">
                    {t('visits.rules.ticketTypes')}: {list(r.ticketTypes, 'tickets.types')}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary">
                  {t('visits.rules.tiers')}: {list(r.tiers, '')}
                </Typography.Text>
                <Flex wrap gap={4}>
                  {!r.enabled && <Tag>{t('visits.rules.disabled')}</Tag>}
                  <Tag color="blue">{t('visits.rules.items', { count: r.checklist.length })}</Tag>
                </Flex>
                {r.checklist.length > 0 && (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {r.checklist.map((i) => (
                      <li key={i.key} style={{ overflowWrap: 'anywhere' }}>
                        {i.label}{' '}
                        <Typography.Text type="secondary">
                          ({t(`visits.checklistTypes.${i.type}`)}
                          {i.required ? ` · ${t('visits.rules.required')}` : ''})
                        </Typography.Text>
                      </li>
                    ))}
                  </ul>
                )}
              </Flex>
            </Card>
          </List.Item>
        )}
      />
      {editing && (
        <RuleEditor rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
