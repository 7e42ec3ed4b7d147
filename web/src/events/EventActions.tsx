import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { EventFormModal } from './EventFormModal.tsx';
import { textIn, type CustomerEvent } from './types.ts';

/**
 * Edit and Delete for the event's owner, managers and admins (the server answers 403 to anyone
 * else). Deleting always asks; when guests have answered, the question says how many and that
 * their answers go with the event.
 */
export function EventActions({ event }: { event: CustomerEvent }) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const { user } = useSession();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  if (user.role === 'rep' && user.id !== event.ownerId) return null;

  const remove = () =>
    modal.confirm({
      title: t('events.delete.title', { title: textIn(event.title, i18n.language) }),
      content:
        event.answered > 0
          ? t('events.delete.answered', { count: event.answered, coming: event.coming })
          : t('events.delete.plain'),
      okText: t('events.delete.ok'),
      okButtonProps: { danger: true, 'data-testid': 'event-delete-ok' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        await unwrap(client.DELETE('/events/{id}', { params: { path: { id: event.id } } }));
        void message.success(t('events.delete.done'));
        void qc.invalidateQueries({ queryKey: qk.events.all() });
        void navigate('/events');
      },
    });

  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="event-edit">
        {t('events.edit.open')}
      </Button>
      <Button danger icon={<DeleteOutlined />} onClick={remove} data-testid="event-delete">
        {t('events.delete.open')}
      </Button>
      {editing && <EventFormModal event={event} onClose={() => setEditing(false)} />}
    </>
  );
}
