import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Flex, Form, Modal, Radio, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { useSegments } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { CustomerPicker } from '../products/pickers.tsx';
import { InviteLinks } from './InviteLinks.tsx';
import type { Invited } from './types.ts';

interface Picked {
  id: string;
  name: string;
}

/** Contacts of one customer, to tick those to invite (the primary contact first). */
function ContactTicks(props: {
  customerId: string;
  picked: Picked[];
  onChange: (p: Picked[]) => void;
}) {
  const contacts = useQuery({
    queryKey: qk.contacts(props.customerId),
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}/contacts', { params: { path: { id: props.customerId } } }),
      ).then((r) => r.items),
  });
  const all = [...(contacts.data ?? [])].sort((a, b) => Number(b.primary) - Number(a.primary));
  const on = new Set(props.picked.map((p) => p.id));
  return (
    <Flex vertical gap={4} data-testid="invite-contacts">
      {all.map((c) => (
        <Checkbox
          key={c.id}
          checked={on.has(c.id)}
          onChange={(e) => {
            const name = [c.firstName, c.lastName].filter(Boolean).join(' ');
            props.onChange(
              e.target.checked
                ? [...props.picked, { id: c.id, name }]
                : props.picked.filter((p) => p.id !== c.id),
            );
          }}
        >
          {[c.firstName, c.lastName].filter(Boolean).join(' ')}
          {c.title && <Typography.Text type="secondary"> · {c.title}</Typography.Text>}
        </Checkbox>
      ))}
    </Flex>
  );
}

/**
 * Invites a saved segment's primary contacts or contacts picked by hand. Each invitation is in
 * the contact's own language; its RSVP link is shown once, here, since only its hash is kept.
 */
export function InviteModal({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const segments = useSegments().data ?? [];
  const [form] = Form.useForm<{ segmentId?: string }>();
  const [mode, setMode] = useState<'segment' | 'contacts'>('segment');
  const [customerId, setCustomerId] = useState<string>();
  const [picked, setPicked] = useState<Picked[]>([]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<Invited | null>(null);

  const send = async () => {
    setSending(true);
    setProblem(null);
    try {
      const body =
        mode === 'segment'
          ? { segmentId: form.getFieldValue('segmentId') as string | undefined }
          : { contactIds: picked.map((p) => p.id) };
      const r = await unwrap(
        client.POST('/events/{id}/invitations', { params: { path: { id: eventId } }, body }),
      );
      setDone(r);
      void message.success(t('events.invite.done', { count: r.created.length }));
      void qc.invalidateQueries({ queryKey: qk.events.all() });
    } catch (err) {
      const left = applyFieldErrors(form, err, t, { known: ['segmentId'] });
      setProblem(left.map((e) => e.message).join(' ') || (err as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open
      title={t('events.invite.title')}
      onCancel={onClose}
      onOk={() => (done ? onClose() : void send())}
      okText={done ? t('events.invite.close') : t('events.invite.send')}
      cancelButtonProps={{ style: done ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      confirmLoading={sending}
      okButtonProps={{
        'data-testid': done ? 'invite-close' : 'invite-send',
        disabled: !done && mode === 'contacts' && picked.length === 0,
      }}
      width={640}
      destroyOnHidden
    >
      {done ? (
        <InviteLinks invited={done} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('events.invite.hint')}</Typography.Text>
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value as 'segment' | 'contacts')}
            options={[
              { value: 'segment', label: t('events.invite.bySegment') },
              { value: 'contacts', label: t('events.invite.byHand') },
            ]}
            data-testid="invite-mode"
          />
          {problem && <Alert type="error" showIcon title={problem} />}
          {mode === 'segment' ? (
            <Form form={form} layout="vertical">
              <Form.Item
                name="segmentId"
                label={t('events.invite.segment')}
                extra={t('events.invite.segmentHint')}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={segments.map((s) => ({ value: s.id, label: s.name }))}
                  data-testid="invite-segment"
                />
              </Form.Item>
            </Form>
          ) : (
            <Flex vertical gap={8}>
              <Typography.Text>{t('events.invite.customer')}</Typography.Text>
              <CustomerPicker value={customerId} onChange={setCustomerId} />
              {customerId && (
                <ContactTicks customerId={customerId} picked={picked} onChange={setPicked} />
              )}
              {picked.length > 0 && (
                <Flex wrap gap={4}>
                  {picked.map((p) => (
                    <Tag
                      key={p.id}
                      closable
                      onClose={() => setPicked(picked.filter((x) => x.id !== p.id))}
                    >
                      {p.name}
                    </Tag>
                  ))}
                </Flex>
              )}
            </Flex>
          )}
        </Flex>
      )}
    </Modal>
  );
}
