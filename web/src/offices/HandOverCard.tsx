import { SwapOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { formatDay } from '../lib/format.ts';
import { apiLang, type HandOver } from './api.ts';
import { useOfficePersonOptions } from './OfficePersonSelect.tsx';

const DAYS = 14;

/**
 * Follow-ups and tickets due in the next two weeks on a day their assignee's office is closed or they are
 * on leave, each with a picker to hand it to a colleague or a person of an office (staff without a
 * login too): the follow-up's or ticket's own reassignment. Picker values are `u:<user id>` and
 * `p:<office person id>`.
 */
export function HandOverCard(props: { officeId?: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const users = useUsers().data ?? [];
  const people = useOfficePersonOptions();
  const lang = apiLang(i18n.language);
  const flags = useQuery({
    queryKey: qk.offices.handOvers({ days: DAYS, lang }),
    queryFn: () =>
      unwrap(client.GET('/office-hand-overs', { params: { query: { days: DAYS, lang } } })),
  });
  const items = (flags.data?.items ?? []).filter(
    (i) => !props.officeId || i.officeId === props.officeId,
  );

  const handOver = async (item: HandOver, picked: string) => {
    // A user takes the whole of it (no office person left on it); a person does it for its user.
    const id = picked.slice(2);
    const body = picked.startsWith('p:')
      ? { assigneePersonId: id }
      : { assigneeId: id, assigneePersonId: null };
    try {
      // Each is handed over by its own reassignment: the follow-up's or the ticket's.
      if (item.kind === 'ticket' && item.ticketId)
        await unwrap(
          client.PATCH('/tickets/{id}', {
            params: { path: { id: item.ticketId } },
            body,
          }),
        );
      else if (item.followUpId)
        await unwrap(
          client.PATCH('/follow-ups/{id}', {
            params: { path: { id: item.followUpId } },
            body,
          }),
        );
      void message.success(t('offices.handOver.done'));
      void qc.invalidateQueries({ queryKey: qk.offices.all() });
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
        <Space>
          <SwapOutlined />
          {t('offices.handOver.title', { days: DAYS })}
        </Space>
      }
      data-testid="hand-over-card"
    >
      <List
        loading={flags.isPending}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('offices.handOver.empty')} /> }}
        renderItem={(i) => (
          <List.Item data-testid="hand-over-row">
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap size={4}>
                <Typography.Text strong>{formatDay(i.dueDate, i18n.language)}</Typography.Text>
                {i.kind === 'ticket' && i.ticketId ? (
                  <>
                    <Tag color="blue">{t('offices.handOver.ticket')}</Tag>
                    <Link to={`/tickets/${i.ticketId}`}>
                      {i.ticketNumber} {i.subject}
                    </Link>
                    <Typography.Text type="secondary">· {i.customerName}</Typography.Text>
                  </>
                ) : (
                  <Link to={`/customers/${i.customerId}`}>{i.customerName}</Link>
                )}
                <span>· {i.personName}</span>
                <Tag>{i.officeName}</Tag>
                {i.flag === 'office-closed' ? (
                  <Tag color="red">
                    {t('offices.handOver.closed', { because: i.because.join(', ') })}
                  </Tag>
                ) : (
                  <Tag color={i.leaveStatus === 'approved' ? 'orange' : 'gold'}>
                    {t(`offices.handOver.leave.${i.leaveStatus ?? 'approved'}`)}
                  </Tag>
                )}
              </Space>
              <Select
                size="small"
                style={{ minWidth: 200, maxWidth: '100%' }}
                placeholder={t('offices.handOver.to')}
                showSearch
                optionFilterProp="label"
                options={[
                  {
                    label: t('offices.handOver.colleagues'),
                    title: 'users',
                    options: users
                      .filter((u) => u.active && (u.id !== i.assigneeId || i.assigneePersonId))
                      .map((u) => ({ value: `u:${u.id}`, label: u.name })),
                  },
                  ...people.map((g) => ({
                    ...g,
                    options: g.options
                      .filter((o) => o.value !== i.personId)
                      .map((o) => ({ ...o, value: `p:${o.value}` })),
                  })),
                ]}
                onChange={(id: string) => void handOver(i, id)}
                data-testid="hand-over-select"
              />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
