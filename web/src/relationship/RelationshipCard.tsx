import { CheckOutlined, ClockCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  List,
  Popover,
  Progress,
  Select,
  Space,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { BodyOf } from '../api/models.ts';
import { useNameOf, useUsers } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { translateFieldError } from '../lib/field-errors.ts';
import { formatDate, formatDateTime } from '../lib/format.ts';
import { OfficePersonSelect, useOfficePersonName } from '../offices/OfficePersonSelect.tsx';
import { HealthBadge } from './HealthBadge.tsx';
import { QuickLog } from './QuickLog.tsx';
import { useRefreshRelationship } from './useRelationship.ts';
import { useTicketTimeline } from '../tickets/ticketTimeline.tsx';

export function HealthCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const health = useQuery({
    queryKey: qk.health(customerId),
    queryFn: () =>
      unwrap(client.GET('/customers/{id}/health', { params: { path: { id: customerId } } })),
  });
  const h = health.data;
  return (
    <Card size="small" title={t('relationship.health')} loading={health.isPending}>
      {h && h.score === null && (
        <Space orientation="vertical" size={4}>
          <HealthBadge status={h.status} score={null} />
          <Typography.Text type="secondary">
            {h.status === 'new'
              ? t('firstContact.healthNewHint')
              : t('firstContact.healthChurnedHint')}
          </Typography.Text>
        </Space>
      )}
      {h && h.score !== null && (
        <Space orientation="vertical" style={{ width: '100%' }} size={4}>
          <Space align="center">
            <Progress
              type="circle"
              size={64}
              percent={h.score}
              format={(p) => <span data-testid="health-score">{p}</span>}
              strokeColor={h.score >= 70 ? '#52c41a' : h.score >= 40 ? '#faad14' : '#ff4d4f'}
            />
            <Typography.Text type="secondary">
              {t('relationship.cadence', { days: h.cadenceDays })}
            </Typography.Text>
          </Space>
          {h.parts.map((p) => (
            <Tooltip key={p.key} title={zh ? p.detail.zh : p.detail.en}>
              <div>
                <Typography.Text style={{ fontSize: 12 }}>
                  {t(`relationship.parts.${p.key}`)}{' '}
                  <Typography.Text type="secondary">
                    (
                    {p.weight < 0
                      ? t('relationship.deduction', { points: -p.weight })
                      : t('relationship.weight', { weight: p.weight })}
                    )
                  </Typography.Text>
                </Typography.Text>
                {/* A deduction (poor survey answers) shows the points it takes off, in red. */}
                {p.weight < 0 ? (
                  <Progress percent={-p.weight} size="small" status="exception" showInfo={false} />
                ) : (
                  <Progress percent={p.score} size="small" />
                )}
              </div>
            </Tooltip>
          ))}
        </Space>
      )}
    </Card>
  );
}

export function FollowUpsCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const zh = i18n.language === 'zh-CN';
  const names = useNameOf();
  const { user } = useSession();
  const users = useUsers().data ?? [];
  const personName = useOfficePersonName();
  const refresh = useRefreshRelationship(customerId);
  const list = useQuery({
    queryKey: qk.followUps(customerId),
    queryFn: () =>
      unwrap(client.GET('/follow-ups', { params: { query: { customerId, scope: 'all' } } })).then(
        (r) => r.items,
      ),
  });
  const update = async (id: string, body: BodyOf<'/follow-ups/{id}', 'patch'>) => {
    try {
      await unwrap(client.PATCH('/follow-ups/{id}', { params: { path: { id } }, body }));
      refresh();
    } catch (err) {
      if (err instanceof ApiError && err.errors.length)
        for (const e of err.errors) void message.error(translateFieldError(e, t));
      else void message.error(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  return (
    <Card
      size="small"
      title={
        <>
          <ClockCircleOutlined /> {t('relationship.followUps')}
        </>
      }
      loading={list.isPending}
    >
      <List
        size="small"
        dataSource={list.data ?? []}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('relationship.noFollowUps')}
            />
          ),
        }}
        renderItem={(f) => (
          <List.Item data-testid="follow-up">
            <Space orientation="vertical" size={0}>
              <Space>
                <Typography.Text strong data-testid="follow-up-due">
                  {t('relationship.due', { date: formatDate(f.dueDate, i18n.language) })}
                </Typography.Text>
                {f.status === 'snoozed' && <Tag>{t('relationship.snooze')}</Tag>}
                <Typography.Text type="secondary">{names.user(f.assigneeId)}</Typography.Text>
                {f.assigneePersonId && (
                  <Tag data-testid="follow-up-person">
                    {t('offices.assignee.doneBy', {
                      name: personName(f.assigneePersonId) ?? '…',
                    })}
                  </Tag>
                )}
              </Space>
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                data-testid="follow-up-reason"
              >
                {zh ? f.reason.zh : f.reason.en}
              </Typography.Text>
              <Space wrap style={{ marginTop: 6 }}>
                <Button
                  key="d"
                  size="small"
                  icon={<CheckOutlined />}
                  onClick={() => void update(f.id, { status: 'done' })}
                >
                  {t('relationship.done')}
                </Button>
                <Popover
                  key="s"
                  trigger="click"
                  title={t('relationship.snoozeTo')}
                  content={
                    <DatePicker
                      disabledDate={(d) => d.isBefore(dayjs().add(1, 'day').startOf('day'))}
                      onChange={(d) =>
                        d &&
                        void update(f.id, { status: 'snoozed', dueDate: d.format('YYYY-MM-DD') })
                      }
                    />
                  }
                >
                  <Button size="small">{t('relationship.snooze')}</Button>
                </Popover>
                {user.role !== 'rep' && (
                  <Select
                    size="small"
                    style={{ width: 150 }}
                    value={f.assigneeId}
                    aria-label={t('relationship.reassign')}
                    options={users
                      .filter((u) => u.active)
                      .map((u) => ({ value: u.id, label: u.name }))}
                    onChange={(assigneeId: string) => void update(f.id, { assigneeId })}
                  />
                )}
                <OfficePersonSelect
                  size="small"
                  style={{ width: 170 }}
                  value={f.assigneePersonId}
                  onChange={(assigneePersonId) => void update(f.id, { assigneePersonId })}
                />
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function ActivitiesCard({
  customerId,
  readOnly,
  quickLog = true,
}: {
  customerId: string;
  readOnly: boolean;
  /** the touch buttons above the timeline; a phone shows them near the top of the page instead */
  quickLog?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const names = useNameOf();
  const list = useQuery({
    queryKey: qk.activities(customerId),
    queryFn: () =>
      unwrap(client.GET('/activities', { params: { query: { customerId, limit: 100 } } })).then(
        (r) => r.items,
      ),
  });
  // The customer's tickets (opened, solved, reopened, closed) run on the same timeline by time.
  const ticketEvents = useTicketTimeline(customerId);
  return (
    <Card title={t('relationship.activities')} loading={list.isPending}>
      {!readOnly && quickLog && (
        <div style={{ marginBottom: 16 }}>
          <QuickLog customerId={customerId} />
        </div>
      )}
      {(list.data ?? []).length === 0 && ticketEvents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('relationship.noActivities')} />
      ) : (
        <Timeline
          items={[
            ...ticketEvents,
            ...(list.data ?? []).map((a) => ({
              at: a.occurredAt,
              color: a.flags.length
                ? 'red'
                : a.source === 'web_form'
                  ? 'gray'
                  : a.direction === 'inbound'
                    ? 'green'
                    : 'blue',
              children: (
                <div data-testid="activity-item">
                  <Space wrap>
                    <Tag>{t(`relationship.types.${a.type}`)}</Tag>
                    {a.source === 'web_form' ? (
                      <Tooltip title={t('relationship.webFormHint')}>
                        <Tag color="default" data-testid="activity-unverified">
                          {t('relationship.webForm')}
                        </Tag>
                      </Tooltip>
                    ) : a.source === 'survey' ? (
                      <Tooltip title={t('relationship.surveyHint')}>
                        <Tag color="purple" data-testid="activity-survey">
                          {t('relationship.survey')}
                        </Tag>
                      </Tooltip>
                    ) : a.source === 'import' ? (
                      <Tooltip title={t('imports.fromImportHint')}>
                        <Tag data-testid="activity-imported">{t('imports.fromImport')}</Tag>
                      </Tooltip>
                    ) : (
                      <Typography.Text type="secondary">
                        {a.direction === 'inbound'
                          ? t('relationship.inbound')
                          : t('relationship.outbound')}
                      </Typography.Text>
                    )}
                    <Typography.Text type="secondary">
                      {formatDateTime(a.occurredAt, i18n.language)} · {names.user(a.authorId)}
                    </Typography.Text>
                  </Space>
                  {a.flags.map((f) => (
                    <Alert
                      key={f}
                      type="error"
                      showIcon
                      data-testid="activity-flag"
                      title={t(`relationship.flags.${f}`)}
                      style={{ margin: '4px 0' }}
                    />
                  ))}
                  <div
                    style={{
                      // an IBAN or a long address wraps instead of widening a phone's page
                      overflowWrap: 'anywhere',
                      ...(a.source === 'web_form'
                        ? { fontStyle: 'italic', color: 'var(--ant-color-text-secondary)' }
                        : {}),
                    }}
                  >
                    {a.summary}
                  </div>
                  {a.outcome && <Typography.Text type="secondary">{a.outcome}</Typography.Text>}
                </div>
              ),
            })),
          ]
            // newest first, as the activities come
            .sort((x, y) => y.at.localeCompare(x.at))
            .map(({ at: _at, ...item }) => item)}
        />
      )}
    </Card>
  );
}
