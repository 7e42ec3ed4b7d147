import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { CustomerPicker } from '../products/pickers.tsx';
import { CreateModal, RowActions, SUSTAINABILITY_KEY, required } from './shared.tsx';

const STATUSES = ['planned', 'in_progress', 'met', 'missed', 'withdrawn'] as const;
const FIELDS = ['title', 'details', 'customerId', 'madeOn', 'dueDate'];

interface Values {
  title: string;
  details?: string;
  customerId?: string;
  madeOn: Dayjs;
  dueDate?: Dayjs;
}

/** Commitments made to customers, stakeholders or publicly, with their owner's status. */
export function CommitmentsCard() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: [...SUSTAINABILITY_KEY, 'commitments'],
    queryFn: () => unwrap(client.GET('/sustainability/commitments')),
  });
  const items = list.data?.items ?? [];
  const path = (id: string) => ({ params: { path: { id } } });
  return (
    <Card
      title={t('sustainability.commitments')}
      loading={list.isLoading}
      data-testid="sustainability-commitments"
      extra={
        user.role !== 'rep' && (
          <Button size="small" onClick={() => setAdding(true)} data-testid="commitment-add">
            {t('sustainability.add')}
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sustainability.empty')} />
      ) : (
        <List
          dataSource={items}
          renderItem={(c) => (
            <List.Item data-testid="commitment-row">
              <Space orientation="vertical" size={2} style={{ width: '100%', minWidth: 0 }}>
                <Space wrap size={[4, 4]}>
                  <Tag
                    color={c.status === 'met' ? 'green' : c.status === 'missed' ? 'red' : 'blue'}
                  >
                    {t(`sustainability.statuses.${c.status as 'planned'}`)}
                  </Tag>
                  {c.overdue && <Tag color="red">{t('sustainability.overdue')}</Tag>}
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {c.title}
                  </Typography.Text>
                </Space>
                {c.details && <Typography.Text>{c.details}</Typography.Text>}
                <Typography.Text type="secondary">
                  {c.customer && (
                    <>
                      <Link to={`/customers/${c.customer.id}`}>{c.customer.name}</Link>
                      {' · '}
                    </>
                  )}
                  {c.stakeholder && `${c.stakeholder.name} · `}
                  {t('sustainability.made', { date: c.madeOn })}
                  {c.dueDate && ` · ${t('sustainability.due', { date: c.dueDate })}`}
                </Typography.Text>
                <Space wrap>
                  <RowActions
                    canEdit={c.canEdit}
                    testId="commitment"
                    status={{
                      value: c.status,
                      options: STATUSES,
                      set: (status) =>
                        unwrap(
                          client.PATCH('/sustainability/commitments/{id}', {
                            ...path(c.id),
                            body: { status: status as (typeof STATUSES)[number] },
                          }),
                        ),
                    }}
                    remove={() =>
                      unwrap(client.DELETE('/sustainability/commitments/{id}', path(c.id)))
                    }
                  />
                </Space>
              </Space>
            </List.Item>
          )}
        />
      )}
      {adding && (
        <CreateModal<Values>
          title={t('sustainability.commitments')}
          fields={FIELDS}
          testId="commitment"
          onClose={() => setAdding(false)}
          save={(v) =>
            unwrap(
              client.POST('/sustainability/commitments', {
                body: {
                  title: v.title,
                  details: v.details ?? '',
                  customerId: v.customerId ?? null,
                  madeOn: v.madeOn.format('YYYY-MM-DD'),
                  dueDate: v.dueDate ? v.dueDate.format('YYYY-MM-DD') : null,
                },
              }),
            )
          }
        >
          {() => (
            <>
              <Form.Item name="title" label={t('sustainability.fields.title')} rules={required(t)}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="details" label={t('sustainability.fields.details')}>
                <Input.TextArea rows={2} maxLength={4000} />
              </Form.Item>
              <Form.Item name="customerId" label={t('sustainability.fields.customer')}>
                <CustomerPicker />
              </Form.Item>
              <Space wrap>
                <Form.Item
                  name="madeOn"
                  label={t('sustainability.fields.madeOn')}
                  rules={required(t)}
                >
                  <DatePicker />
                </Form.Item>
                <Form.Item name="dueDate" label={t('sustainability.fields.dueDate')}>
                  <DatePicker />
                </Form.Item>
              </Space>
            </>
          )}
        </CreateModal>
      )}
    </Card>
  );
}
