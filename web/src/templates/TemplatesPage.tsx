import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, List, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { TemplateEditor } from './TemplateEditor.tsx';
import { TemplatePreview } from './TemplatePreview.tsx';
import type { Template } from './types.ts';

/** Templates per language: everyone previews them; managers and admins write them. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const phone = useIsPhone();
  const qc = useQueryClient();
  const canWrite = user.role !== 'rep';
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [selected, setSelected] = useState<string>();
  const list = useQuery({
    queryKey: qk.templates.all(),
    queryFn: () => unwrap(client.GET('/templates')).then((r) => r.items),
  });
  const items = list.data ?? [];
  const current = items.find((x) => x.id === selected) ?? items[0];
  const refresh = () => void qc.invalidateQueries({ queryKey: qk.templates.all() });
  const remove = async (x: Template) => {
    await unwrap(client.DELETE('/templates/{id}', { params: { path: { id: x.id } } }));
    refresh();
  };
  const actions = (x: Template) =>
    canWrite
      ? [
          <Button
            key="edit"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('common.edit')}
            onClick={() => setEditing(x)}
          />,
          <Popconfirm
            key="delete"
            title={t('templates.deleteConfirm')}
            onConfirm={() => void remove(x)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
          </Popconfirm>,
        ]
      : [];
  const languages = (x: Template) =>
    x.variants.map((v) => (
      <Tag key={v.language} color={v.language === x.defaultLanguage ? 'blue' : undefined}>
        {v.language}
      </Tag>
    ));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('templates.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('templates.add')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('templates.hint')} {canWrite ? '' : t('templates.readOnly')}
      </Typography.Paragraph>
      {phone ? (
        <List
          loading={list.isPending}
          dataSource={items}
          locale={{ emptyText: t('templates.none') }}
          renderItem={(x) => (
            <List.Item actions={actions(x)} onClick={() => setSelected(x.id)}>
              <List.Item.Meta
                title={x.name}
                description={
                  <Flex wrap gap={4}>
                    {languages(x)}
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<Template>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: t('templates.none') }}
          rowSelection={{
            type: 'radio',
            selectedRowKeys: current ? [current.id] : [],
            onChange: (keys) => setSelected(String(keys[0])),
          }}
          columns={[
            { title: t('templates.fields.name'), dataIndex: 'name' },
            { title: t('templates.fields.description'), dataIndex: 'description' },
            { title: t('templates.fields.languages'), render: (_, x) => languages(x) },
            { key: 'actions', width: 100, render: (_, x) => <Flex gap={4}>{actions(x)}</Flex> },
          ]}
        />
      )}
      {current && <TemplatePreview key={current.id} template={current} />}
      {editing && (
        <TemplateEditor
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
    </Flex>
  );
}
