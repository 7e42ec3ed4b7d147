import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { CustomerPicker } from '../products/pickers.tsx';
import { CreateModal, RowActions, SUSTAINABILITY_KEY, required } from './shared.tsx';

const KINDS = [
  'iso_14001',
  'iso_50001',
  'iso_45001',
  'product_carbon_footprint',
  'cbam_report',
  'conflict_minerals',
  'ecovadis_rating',
  'science_based_target',
  'other',
] as const;
const CBAM = [
  'iron_steel',
  'aluminium',
  'cement',
  'fertilisers',
  'hydrogen',
  'electricity',
] as const;
const STATUSES = ['open', 'in_progress', 'submitted', 'accepted', 'rejected', 'waived'] as const;
const FIELDS = ['customerId', 'kind', 'cbamGoods', 'title', 'requestedOn', 'dueDate', 'ownerId'];

interface Values {
  customerId: string;
  kind: (typeof KINDS)[number];
  cbamGoods?: (typeof CBAM)[number];
  title: string;
  requestedOn: Dayjs;
  dueDate?: Dayjs;
  evidenceTitle?: string;
  evidenceUrl?: string;
}

/**
 * Customers' sustainability requirements: all those the reader may see, or one customer's (the
 * card on the customer page). Managers and admins add them; the owner and admins move them on.
 */
export function RequirementsCard({ customerId }: { customerId?: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: [...SUSTAINABILITY_KEY, 'requirements', customerId ?? 'all'],
    queryFn: () =>
      unwrap(client.GET('/sustainability/requirements', { params: { query: { customerId } } })),
  });
  const items = list.data?.items ?? [];
  const path = (id: string) => ({ params: { path: { id } } });
  return (
    <Card
      size={customerId ? 'small' : 'default'}
      title={customerId ? t('sustainability.card.title') : t('sustainability.requirements')}
      loading={list.isLoading}
      data-testid="sustainability-requirements"
      extra={
        user.role !== 'rep' && (
          <Button size="small" onClick={() => setAdding(true)} data-testid="requirement-add">
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
          renderItem={(r) => (
            <List.Item data-testid="requirement-row">
              <Space orientation="vertical" size={2} style={{ width: '100%', minWidth: 0 }}>
                <Space wrap size={[4, 4]}>
                  <Tag color="green">{t(`sustainability.kinds.${r.kind as 'other'}`)}</Tag>
                  {r.cbamGoods && <Tag>{t(`sustainability.cbam.${r.cbamGoods as 'cement'}`)}</Tag>}
                  <Tag color={r.status === 'accepted' ? 'green' : 'blue'}>
                    {t(`sustainability.statuses.${r.status as 'open'}`)}
                  </Tag>
                  {r.overdue && <Tag color="red">{t('sustainability.overdue')}</Tag>}
                </Space>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {r.title}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {!customerId &&
                    (r.customer ? (
                      <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>
                    ) : (
                      t('sustainability.hidden')
                    ))}
                  {!customerId && ' · '}
                  {t('sustainability.requested', { date: r.requestedOn })}
                  {r.dueDate && ` · ${t('sustainability.due', { date: r.dueDate })}`}
                </Typography.Text>
                {r.evidence.map((e, i) =>
                  e.url ? (
                    <a key={i} href={e.url} target="_blank" rel="noopener noreferrer">
                      {e.title}
                    </a>
                  ) : (
                    <Typography.Text key={i}>{e.title}</Typography.Text>
                  ),
                )}
                <Space wrap>
                  <RowActions
                    canEdit={r.canEdit}
                    testId="requirement"
                    status={{
                      value: r.status,
                      options: STATUSES,
                      set: (status) =>
                        unwrap(
                          client.PATCH('/sustainability/requirements/{id}', {
                            ...path(r.id),
                            body: { status: status as (typeof STATUSES)[number] },
                          }),
                        ),
                    }}
                    remove={() =>
                      unwrap(client.DELETE('/sustainability/requirements/{id}', path(r.id)))
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
          title={t('sustainability.requirements')}
          fields={FIELDS}
          testId="requirement"
          initialValues={customerId ? { customerId } : {}}
          onClose={() => setAdding(false)}
          save={(v) =>
            unwrap(
              client.POST('/sustainability/requirements', {
                body: {
                  customerId: v.customerId,
                  kind: v.kind,
                  cbamGoods: v.cbamGoods ?? null,
                  title: v.title,
                  requestedOn: v.requestedOn.format('YYYY-MM-DD'),
                  dueDate: v.dueDate ? v.dueDate.format('YYYY-MM-DD') : null,
                  evidence: v.evidenceTitle
                    ? [{ title: v.evidenceTitle, url: v.evidenceUrl || null }]
                    : [],
                },
              }),
            )
          }
        >
          {(form) => <RequirementFields form={form} fixedCustomer={!!customerId} />}
        </CreateModal>
      )}
    </Card>
  );
}

function RequirementFields(props: { form: unknown; fixedCustomer: boolean }) {
  const { t } = useTranslation();
  const kind = Form.useWatch<string | undefined>('kind');
  return (
    <>
      <Form.Item
        name="customerId"
        label={t('sustainability.fields.customer')}
        rules={required(t)}
        hidden={props.fixedCustomer}
      >
        <CustomerPicker />
      </Form.Item>
      <Form.Item name="kind" label={t('sustainability.fields.kind')} rules={required(t)}>
        <Select
          data-testid="requirement-kind"
          options={KINDS.map((k) => ({ value: k, label: t(`sustainability.kinds.${k}`) }))}
        />
      </Form.Item>
      {kind === 'cbam_report' && (
        <Form.Item
          name="cbamGoods"
          label={t('sustainability.fields.cbamGoods')}
          rules={required(t)}
        >
          <Select options={CBAM.map((k) => ({ value: k, label: t(`sustainability.cbam.${k}`) }))} />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('sustainability.fields.title')} rules={required(t)}>
        <Input maxLength={200} data-testid="requirement-title" />
      </Form.Item>
      <Space wrap>
        <Form.Item
          name="requestedOn"
          label={t('sustainability.fields.requestedOn')}
          rules={required(t)}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="dueDate" label={t('sustainability.fields.dueDate')}>
          <DatePicker />
        </Form.Item>
      </Space>
      <Form.Item name="evidenceTitle" label={t('sustainability.fields.evidenceTitle')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="evidenceUrl" label={t('sustainability.fields.evidenceUrl')}>
        <Input maxLength={2000} placeholder="https://" />
      </Form.Item>
    </>
  );
}
