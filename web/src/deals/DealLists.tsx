import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { DEAL_CONTACT_ROLES, DEAL_REASONS, REASON_ATTRIBUTIONS, type DealBody } from './types.ts';

type Contact = NonNullable<DealBody['contacts']>[number];
type Reason = NonNullable<DealBody['reasons']>[number];

export interface ListValues {
  contacts?: Contact[];
  reasons?: (Reason & { note?: string | null })[];
  competitors?: { name: string; amount?: number; currency?: string }[];
}

const wide = { gridColumn: '1 / -1' };

/** The repeating parts of a deal form: people involved, win/loss reasons, competitors. */
export function DealLists(props: {
  customerId: string | undefined;
  currencies: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const contacts = useQuery({
    queryKey: qk.contacts(props.customerId ?? ''),
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}/contacts', {
          params: { path: { id: props.customerId ?? '' } },
        }),
      ),
    enabled: !!props.customerId,
  });
  const people = (contacts.data?.items ?? []).map((c) => ({
    value: c.id,
    label: [c.firstName, c.lastName].filter(Boolean).join(' ') || c.nativeName || c.id,
  }));
  return (
    <>
      <Rows name="contacts" title={t('deals.contacts')} add={t('deals.addContact')}>
        {(field) => (
          <>
            <Form.Item name={[field, 'contactId']} rules={[{ required: true }]} noStyle>
              <Select
                placeholder={t('deals.contact')}
                options={people}
                style={{ flex: 2, minWidth: 140 }}
              />
            </Form.Item>
            <Form.Item name={[field, 'role']} rules={[{ required: true }]} noStyle>
              <Select
                placeholder={t('deals.role')}
                style={{ flex: 1, minWidth: 120 }}
                options={DEAL_CONTACT_ROLES.map((r) => ({
                  value: r,
                  label: t(`deals.roles.${r}`),
                }))}
              />
            </Form.Item>
          </>
        )}
      </Rows>
      <Rows name="reasons" title={t('deals.reasons')} add={t('deals.addReason')}>
        {(field) => (
          <>
            <Form.Item name={[field, 'reason']} rules={[{ required: true }]} noStyle>
              <Select
                placeholder={t('deals.reason')}
                style={{ flex: 1, minWidth: 130 }}
                options={DEAL_REASONS.map((r) => ({
                  value: r,
                  label: t(`deals.reasonNames.${r}`),
                }))}
              />
            </Form.Item>
            <Form.Item name={[field, 'attribution']} rules={[{ required: true }]} noStyle>
              <Select
                placeholder={t('deals.attribution')}
                style={{ flex: 1, minWidth: 130 }}
                options={REASON_ATTRIBUTIONS.map((a) => ({
                  value: a,
                  label: t(`deals.attributions.${a}`),
                }))}
              />
            </Form.Item>
            <Form.Item name={[field, 'note']} noStyle>
              <Input
                placeholder={t('deals.note')}
                maxLength={500}
                style={{ flex: 1, minWidth: 120 }}
              />
            </Form.Item>
          </>
        )}
      </Rows>
      <Rows name="competitors" title={t('deals.competitors')} add={t('deals.addCompetitor')}>
        {(field) => (
          <>
            <Form.Item name={[field, 'name']} rules={[{ required: true }]} noStyle>
              <Input
                placeholder={t('deals.competitor')}
                maxLength={200}
                style={{ flex: 2, minWidth: 130 }}
              />
            </Form.Item>
            <Form.Item name={[field, 'amount']} noStyle>
              <InputNumber
                placeholder={t('deals.theirPrice')}
                min={0}
                style={{ flex: 1, minWidth: 100 }}
              />
            </Form.Item>
            <Form.Item name={[field, 'currency']} noStyle>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('deals.currency')}
                options={props.currencies}
                style={{ flex: 1, minWidth: 110 }}
              />
            </Form.Item>
          </>
        )}
      </Rows>
    </>
  );
}

function Rows(props: {
  name: string;
  title: string;
  add: string;
  children: (field: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ ...wide, marginBottom: 16 }}>
      <Typography.Text strong>{props.title}</Typography.Text>
      <Form.List name={props.name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginTop: 8 }}>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} wrap align="center">
                {props.children(f.name)}
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {props.add}
            </Button>
          </Flex>
        )}
      </Form.List>
    </div>
  );
}
