import {
  DeleteOutlined,
  EditOutlined,
  MailOutlined,
  PhoneOutlined,
  PlusOutlined,
  StarFilled,
} from '@ant-design/icons';
import { App, Button, Card, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { Contact } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { ContactFormModal } from './ContactFormModal.tsx';
import { chatLink } from '../lib/chat-links.ts';

export function ContactsCard({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const key = qk.contacts(customerId);
  const contacts = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(client.GET('/customers/{id}/contacts', { params: { path: { id: customerId } } })).then(
        (r) => r.items,
      ),
  });
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: key });

  return (
    <Card
      title={t('contacts.title')}
      extra={
        !readOnly && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="add-contact"
          >
            {t('contacts.add')}
          </Button>
        )
      }
    >
      <List<Contact>
        loading={contacts.isPending}
        dataSource={contacts.data ?? []}
        locale={{
          emptyText: (
            <Empty description={t('contacts.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ),
        }}
        renderItem={(c) => (
          <List.Item
            data-testid="contact-item"
            actions={
              readOnly
                ? []
                : [
                    <Button
                      key="e"
                      type="text"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(c)}
                      aria-label={t('common.edit')}
                    />,
                    <Popconfirm
                      key="d"
                      title={t('contacts.deleteConfirm')}
                      okText={t('common.yes')}
                      cancelText={t('common.no')}
                      onConfirm={async () => {
                        await unwrap(
                          client.DELETE('/contacts/{id}', { params: { path: { id: c.id } } }),
                        );
                        void message.success(t('common.deleted'));
                        refresh();
                      }}
                    >
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                      />
                    </Popconfirm>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  {[c.firstName, c.lastName].filter(Boolean).join(' ')}
                  {c.nativeName && (
                    <Typography.Text type="secondary">{c.nativeName}</Typography.Text>
                  )}
                  {c.primary && (
                    <Tag icon={<StarFilled />} color="gold">
                      {t('contacts.primary')}
                    </Tag>
                  )}
                  {c.leftAt && (
                    <Tag color="default" data-testid="contact-left">
                      {t('contacts.left', { date: c.leftAt })}
                    </Tag>
                  )}
                </Space>
              }
              description={
                <Space orientation="vertical" size={2}>
                  {c.title && <span>{c.title}</span>}
                  <Space wrap size={12}>
                    {c.emails.map((e) => (
                      <a key={e} href={`mailto:${e}`}>
                        <MailOutlined /> {e}
                      </a>
                    ))}
                    {c.phones.map((p) => (
                      <a key={p.e164} href={`tel:${p.e164}`} data-testid="contact-phone">
                        <PhoneOutlined /> {p.international}
                      </a>
                    ))}
                    {Object.entries(c.handles).map(([k, v]) => {
                      const link = chatLink(k, v);
                      const label = `${t(`contacts.fields.${k}`)}: ${v}`;
                      return (
                        <Tag key={k}>
                          {link ? (
                            <a href={link} target="_blank" rel="noreferrer" data-testid="chat-link">
                              {label}
                            </a>
                          ) : (
                            label
                          )}
                        </Tag>
                      );
                    })}
                  </Space>
                  {c.birthday && (
                    <Typography.Text type="secondary" data-testid="contact-birthday">
                      {t('contacts.fields.birthday')}: {c.birthday}
                    </Typography.Text>
                  )}
                  {(c.preferredLanguage || c.preferredChannel) && (
                    <Typography.Text type="secondary">
                      {[
                        c.preferredLanguage,
                        c.preferredChannel && t(`contacts.channels.${c.preferredChannel}`),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {editing && (
        <ContactFormModal
          open
          customerId={customerId}
          contact={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
            void qc.invalidateQueries({ queryKey: qk.customers.all() });
          }}
        />
      )}
    </Card>
  );
}
