import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { CreateModal, RowActions, SUSTAINABILITY_KEY, required } from './shared.tsx';

const FIELDS = [
  'standard',
  'name',
  'issuer',
  'number',
  'issuedOn',
  'expiresOn',
  'reminderBusinessDays',
  'documentUrl',
];
const STATE_COLOR = { valid: 'green', renew_now: 'orange', expired: 'red' } as const;

interface Values {
  standard: string;
  name: string;
  issuer?: string;
  number?: string;
  issuedOn: Dayjs;
  expiresOn: Dayjs;
  reminderBusinessDays: number;
  documentUrl?: string;
}

/** The certificates the company holds, soonest to expire first, with their expiry badges. */
export function CertificatesCard() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: [...SUSTAINABILITY_KEY, 'certificates'],
    queryFn: () => unwrap(client.GET('/certificates')),
  });
  const items = list.data?.items ?? [];
  // Opened from the inbox (`?certificate=`): that row is scrolled to and marked.
  const [search] = useSearchParams();
  const opened = search.get('certificate');
  useEffect(() => {
    if (opened && items.length)
      document.getElementById(`certificate-${opened}`)?.scrollIntoView({ block: 'center' });
  }, [opened, items.length]);
  return (
    <Card
      title={t('sustainability.certificates')}
      loading={list.isLoading}
      data-testid="sustainability-certificates"
      extra={
        user.role !== 'rep' && (
          <Button size="small" onClick={() => setAdding(true)} data-testid="certificate-add">
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
            <List.Item
              data-testid="certificate-row"
              id={`certificate-${c.id}`}
              style={c.id === opened ? { background: 'rgba(250, 173, 20, 0.12)' } : undefined}
            >
              <Space orientation="vertical" size={2} style={{ width: '100%', minWidth: 0 }}>
                <Space wrap size={[4, 4]}>
                  <Tag color={STATE_COLOR[c.state]} data-testid="certificate-state">
                    {t(`sustainability.states.${c.state}`)}
                  </Tag>
                  <Typography.Text strong>{c.standard}</Typography.Text>
                </Space>
                <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                  {c.documentUrl ? (
                    <a href={c.documentUrl} target="_blank" rel="noopener noreferrer">
                      {c.name}
                    </a>
                  ) : (
                    c.name
                  )}
                  {c.issuer && ` · ${c.issuer}`}
                  {c.number && ` · ${c.number}`}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('sustainability.expires', { date: c.expiresOn })} ·{' '}
                  {t('sustainability.renewFrom', {
                    date: c.remindOn,
                    days: c.reminderBusinessDays,
                  })}
                </Typography.Text>
                <Space wrap>
                  <RowActions
                    canEdit={c.canEdit}
                    testId="certificate"
                    remove={() =>
                      unwrap(
                        client.DELETE('/certificates/{id}', { params: { path: { id: c.id } } }),
                      )
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
          title={t('sustainability.certificates')}
          fields={FIELDS}
          testId="certificate"
          initialValues={{ reminderBusinessDays: 20 }}
          onClose={() => setAdding(false)}
          save={(v) =>
            unwrap(
              client.POST('/certificates', {
                body: {
                  standard: v.standard,
                  name: v.name,
                  issuer: v.issuer ?? '',
                  number: v.number ?? '',
                  issuedOn: v.issuedOn.format('YYYY-MM-DD'),
                  expiresOn: v.expiresOn.format('YYYY-MM-DD'),
                  reminderBusinessDays: v.reminderBusinessDays,
                  documentUrl: v.documentUrl || null,
                },
              }),
            )
          }
        >
          {() => (
            <>
              <Form.Item
                name="standard"
                label={t('sustainability.fields.standard')}
                rules={required(t)}
              >
                <Input maxLength={100} placeholder="ISO 14001:2015" />
              </Form.Item>
              <Form.Item name="name" label={t('sustainability.fields.name')} rules={required(t)}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="issuer" label={t('sustainability.fields.issuer')}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="number" label={t('sustainability.fields.number')}>
                <Input maxLength={100} />
              </Form.Item>
              <Space wrap>
                <Form.Item
                  name="issuedOn"
                  label={t('sustainability.fields.issuedOn')}
                  rules={required(t)}
                >
                  <DatePicker />
                </Form.Item>
                <Form.Item
                  name="expiresOn"
                  label={t('sustainability.fields.expiresOn')}
                  rules={required(t)}
                >
                  <DatePicker />
                </Form.Item>
              </Space>
              <Form.Item
                name="reminderBusinessDays"
                label={t('sustainability.fields.reminderBusinessDays')}
              >
                <InputNumber min={1} max={120} precision={0} />
              </Form.Item>
              <Form.Item name="documentUrl" label={t('sustainability.fields.documentUrl')}>
                <Input maxLength={2000} placeholder="https://" />
              </Form.Item>
            </>
          )}
        </CreateModal>
      )}
    </Card>
  );
}
