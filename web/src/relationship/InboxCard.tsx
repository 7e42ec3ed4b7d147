import { PhoneOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  List,
  Row,
  Segmented,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useNameOf } from '../api/queries.ts';
import type { InboxFollowUp, QueryOf, User } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { zoneLabel } from '../lib/time-zone.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { flag } from '../lib/countries.ts';
import { InboxCertificates } from '../sustainability/InboxCertificates.tsx';
import { useRefreshRelationship } from './useRelationship.ts';

/** Follow-ups per page: the inbox's first, then each "show more". */
const PAGE = 10;
type InboxScope = NonNullable<QueryOf<'/inbox'>['scope']>;

/**
 * Reps see their own follow-ups; managers and admins oversee, so they start on their team's or
 * everyone's and can switch to their own. The choice is remembered on this browser.
 */
function useInboxScope(role: User['role']): [InboxScope, (s: InboxScope) => void] {
  const fallback: InboxScope = role === 'admin' ? 'all' : role === 'manager' ? 'team' : 'mine';
  const allowed: InboxScope[] =
    role === 'admin' ? ['mine', 'all'] : role === 'manager' ? ['mine', 'team'] : ['mine'];
  const [scope, set] = useState<InboxScope>(() => {
    const saved = localStorage.getItem('chuhai.inboxScope') as InboxScope | null;
    return saved && allowed.includes(saved) ? saved : fallback;
  });
  return [
    scope,
    (s) => {
      localStorage.setItem('chuhai.inboxScope', s);
      set(s);
    },
  ];
}

/** Today's work in the customers' own calendars: due and overdue follow-ups, cold customers, holidays. */
export function InboxCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const zh = i18n.language === 'zh-CN';
  const refresh = useRefreshRelationship();
  const { user, timeZone } = useSession();
  const nameOf = useNameOf();
  const [scope, setScope] = useInboxScope(user.role);
  const phone = useIsPhone();
  // A card's header has no room for a sentence on a phone; the hint opens the card's body.
  const hint = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  const hintHere = (text: string) =>
    phone && (
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
        {text}
      </Typography.Paragraph>
    );
  const inbox = useQuery({
    queryKey: qk.inbox.scope(scope),
    // the next windows count in the user's clock: the profile's zone, else this browser's
    queryFn: () =>
      unwrap(client.GET('/inbox', { params: { query: { scope, timeZone, limit: PAGE } } })),
    refetchInterval: 5 * 60_000,
  });
  // Pages after the inbox's first, from its cursor; a fresh inbox (a refetch, another scope)
  // starts the list again.
  const [more, setMore] = useState<{ items: InboxFollowUp[]; next: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setMore(null), [inbox.dataUpdatedAt, scope]);
  const next = more ? more.next : (inbox.data?.followUpsNext ?? null);
  const showMore = async () => {
    if (!next) return;
    setLoadingMore(true);
    try {
      const page = await unwrap(
        client.GET('/inbox/follow-ups', {
          params: { query: { scope, timeZone, limit: PAGE, cursor: next } },
        }),
      );
      setMore({ items: [...(more?.items ?? []), ...page.items], next: page.nextCursor });
    } finally {
      setLoadingMore(false);
    }
  };
  const logTouch = async (customerId: string) => {
    const res = await unwrap(
      client.POST('/activities', {
        body: {
          customerId,
          type: 'call',
          direction: 'outbound',
          occurredAt: new Date().toISOString(),
          summary: t('relationship.defaultSummary.call'),
        },
      }),
    );
    void message.success(
      res.nextFollowUp
        ? t('relationship.nextPlanned', { date: res.nextFollowUp.dueDate })
        : t('relationship.logged'),
    );
    refresh();
  };
  const data = inbox.data;
  const items = [...(data?.followUps ?? []), ...(more?.items ?? [])];
  const totals = data?.followUpTotals;
  const left = totals ? totals.today + totals.overdue - items.length : 0;
  const count = (n: number) => n.toLocaleString(i18n.language);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card
          title={t('relationship.inbox')}
          loading={inbox.isPending}
          extra={
            user.role !== 'rep' && (
              <Segmented<InboxScope>
                size="small"
                value={scope}
                onChange={(v) => setScope(v)}
                options={[
                  { value: 'mine', label: t('relationship.scope.mine') },
                  user.role === 'admin'
                    ? { value: 'all', label: t('relationship.scope.all') }
                    : { value: 'team', label: t('relationship.scope.team') },
                ]}
              />
            )
          }
        >
          {totals && totals.today + totals.overdue > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              <span data-testid="inbox-totals">
                {t('relationship.inboxTotals', {
                  today: count(totals.today),
                  overdue: count(totals.overdue),
                })}
              </span>
              {!phone && ` · ${t('relationship.inboxOrder')}`}
            </Typography.Paragraph>
          )}
          <List
            dataSource={items}
            loadMore={
              next && (
                <Flex justify="center" style={{ marginTop: 12 }}>
                  <Button
                    onClick={() => void showMore()}
                    loading={loadingMore}
                    data-testid="inbox-show-more"
                  >
                    {t('relationship.showMore', {
                      count: Math.min(PAGE, Math.max(left, 0)),
                      left: count(Math.max(left, 0)),
                    })}
                  </Button>
                </Flex>
              )
            }
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('relationship.inboxEmpty')}
                />
              ),
            }}
            renderItem={(f) => {
              const log = (
                <Button
                  key="l"
                  size="small"
                  icon={<PhoneOutlined />}
                  onClick={() => void logTouch(f.customerId)}
                  data-testid="inbox-log-touch"
                >
                  {t('relationship.logTouch')}
                </Button>
              );
              return (
                // On a phone the button goes under the text, not in a column beside it.
                <List.Item data-testid="inbox-item" actions={phone ? undefined : [log]}>
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        <Tag color={f.bucket === 'overdue' ? 'red' : 'blue'}>
                          {f.bucket === 'overdue'
                            ? `${t('relationship.overdue')} · ${f.dueDate}`
                            : t('relationship.today')}
                        </Tag>
                        {flag(f.country)}{' '}
                        <Link to={`/customers/${f.customerId}`}>{f.customerName}</Link>
                        <Typography.Text type="secondary">
                          {t('relationship.theirTime', { time: f.customerTime })}
                        </Typography.Text>
                        {scope !== 'mine' && f.assigneeId !== user.id && (
                          <Tag>{nameOf.user(f.assigneeId)}</Tag>
                        )}
                      </Space>
                    }
                    description={
                      <Space orientation="vertical" size={0}>
                        <span>
                          {f.nextWindow
                            ? t('relationship.window', {
                                them: `${f.nextWindow.customer.start}–${f.nextWindow.customer.end}`,
                                us: `${f.nextWindow.home.start}–${f.nextWindow.home.end}`,
                                zone: zoneLabel(timeZone, i18n.language),
                              })
                            : t('relationship.noWindow')}
                        </span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {zh ? f.reason.zh : f.reason.en}
                        </Typography.Text>
                        {phone && <div style={{ marginTop: 6 }}>{log}</div>}
                      </Space>
                    }
                  />
                </List.Item>
              );
            }}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          <InboxCertificates items={data?.certificates ?? []} />
          <Card
            size="small"
            title={t('relationship.holidayToday')}
            extra={!phone && hint(t('relationship.holidayTodayHint'))}
            loading={inbox.isPending}
          >
            {hintHere(t('relationship.holidayTodayHint'))}
            <List
              size="small"
              dataSource={data?.holidayToday ?? []}
              locale={{ emptyText: '—' }}
              footer={
                data && data.holidayTodayTotal > data.holidayToday.length ? (
                  <Typography.Text type="secondary" data-testid="inbox-holiday-more">
                    {t('relationship.holidayMore', {
                      count: data.holidayTodayTotal - data.holidayToday.length,
                    })}
                  </Typography.Text>
                ) : undefined
              }
              renderItem={(h) => (
                <List.Item>
                  {flag(h.country)} <Link to={`/customers/${h.customerId}`}>{h.name}</Link> ·{' '}
                  {h.holidays.join('、')}
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('relationship.cold')} loading={inbox.isPending}>
            {/* Too long for the card's header beside its title: it opens the body instead. */}
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
              {t('firstContact.coldHint')}
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={(data?.cold ?? []).slice(0, 15)}
              locale={{ emptyText: '—' }}
              renderItem={(c) => (
                <List.Item>
                  <Flex justify="space-between" align="center" style={{ width: '100%' }} gap={8}>
                    <span>
                      {flag(c.country)} <Link to={`/customers/${c.customerId}`}>{c.name}</Link>{' '}
                      <Typography.Text type="secondary">
                        {c.daysSilent === null
                          ? t('relationship.neverContacted')
                          : t('relationship.daysSilent', { days: c.daysSilent })}
                      </Typography.Text>
                    </span>
                    <Button size="small" type="link" onClick={() => void logTouch(c.customerId)}>
                      {t('relationship.logTouch')}
                    </Button>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </Space>
      </Col>
    </Row>
  );
}
