import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, Input, List, Modal, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useUsers } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { countryOptions, flag } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { formatDate, languageNames } from '../lib/format.ts';
import type { OfficeDetail } from './api.ts';

interface Values {
  name: string;
  userId?: string;
  countryOfWork: string;
  languages?: string[];
  role: string;
  startDate: string;
}

/** The office's people (users and staff without a login); the manager and admins add them. */
export function PeopleCard({ office }: { office: OfficeDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const users = useUsers().data ?? [];
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Values>();

  const submit = async (v: Values) => {
    try {
      await unwrap(
        client.POST('/offices/{id}/people', {
          params: { path: { id: office.id } },
          body: {
            name: v.name,
            userId: v.userId ?? null,
            countryOfWork: v.countryOfWork,
            languages: v.languages ?? [],
            role: v.role,
            startDate: v.startDate,
          },
        }),
      );
      void message.success(t('common.saved'));
      setAdding(false);
      void qc.invalidateQueries({ queryKey: qk.offices.all() });
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['name', 'userId', 'countryOfWork', 'languages', 'role', 'startDate'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(err instanceof Error ? err.message : t('errors.generic'));
    }
  };
  const required = [{ required: true, message: t('errors.required') }];

  return (
    <Card
      size="small"
      title={t('offices.people.title', { n: office.people.length })}
      extra={
        office.canManage && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="person-add"
          >
            {t('offices.people.add')}
          </Button>
        )
      }
    >
      <List
        dataSource={office.people}
        locale={{ emptyText: <Empty description={t('offices.people.empty')} /> }}
        renderItem={(p) => (
          <List.Item data-testid="person-row">
            <List.Item.Meta
              title={p.name}
              description={
                <>
                  {p.role} · {flag(p.countryOfWork)} {p.countryOfWork} ·{' '}
                  {t('offices.people.since', { date: formatDate(p.startDate, i18n.language) })}
                  {p.languages.length > 0 && ` · ${languageNames(p.languages, i18n.language)}`}
                </>
              }
            />
            {p.userId && <Tag color="blue">{t('offices.people.user')}</Tag>}
          </List.Item>
        )}
      />
      <Modal
        open={adding}
        title={t('offices.people.add')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'person-save' }}
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={submit}
          initialValues={{ countryOfWork: office.country, languages: [] }}
        >
          <Form.Item name="name" label={t('offices.people.name')} rules={required}>
            <Input data-testid="person-name" />
          </Form.Item>
          <Form.Item name="userId" label={t('offices.people.userId')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={users.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="countryOfWork" label={t('offices.people.country')} rules={required}>
            <Select showSearch optionFilterProp="label" options={countryOptions(i18n.language)} />
          </Form.Item>
          <Form.Item name="languages" label={t('offices.people.languages')}>
            <Select mode="tags" tokenSeparators={[',', ' ']} placeholder="ar, en" />
          </Form.Item>
          <Form.Item name="role" label={t('offices.people.role')} rules={required}>
            <Input data-testid="person-role" />
          </Form.Item>
          <Form.Item name="startDate" label={t('offices.people.startDate')} rules={required}>
            {/* A native date input: the phone's own picker, typed on a desktop. */}
            <Input type="date" data-testid="person-start" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
