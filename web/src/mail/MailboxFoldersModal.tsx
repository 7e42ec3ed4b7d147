import { Alert, Button, Checkbox, Empty, Flex, Modal, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { Mailbox } from '../api/models.ts';
import { translateFieldError } from '../lib/field-errors.ts';

/**
 * Which folders a mailbox syncs besides INBOX and Sent: the server's folders (its answer to the
 * connection test's IMAP LIST), INBOX and Sent always on, the others to tick. Saved as the
 * mailbox's `folders`; the server's field errors are shown under the list.
 */
export function MailboxFoldersModal(props: {
  mailbox: Mailbox;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const m = props.mailbox;
  const path = { params: { path: { id: m.id } } };
  const [chosen, setChosen] = useState<string[]>(m.folders);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const say = (err: unknown) =>
    err instanceof ApiError && err.errors.length
      ? err.errors.map((e) => translateFieldError(e, t)).join('; ')
      : t('errors.generic');
  const listed = useQuery({
    queryKey: ['mailbox-folders', m.id],
    queryFn: () => unwrap(client.POST('/mailboxes/{id}/test', path)),
    retry: false,
    staleTime: 0,
  });
  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      await unwrap(client.PATCH('/mailboxes/{id}', { ...path, body: { folders: chosen } }));
      props.onSaved();
    } catch (err) {
      setProblem(say(err));
    } finally {
      setSaving(false);
    }
  };
  const folders = listed.data?.serverFolders ?? [];
  // A chosen folder the server no longer lists is still shown, so it can be unticked.
  const gone = chosen.filter((c) => !folders.some((f) => f.path === c));
  const always = folders.filter((f) => f.always).map((f) => f.path);
  return (
    <Modal
      open
      title={t('mail.folders.title', { address: m.address })}
      onCancel={props.onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !listed.data, loading: saving, 'data-testid': 'folders-save' }}
      width={520}
    >
      <Flex vertical gap={12} data-testid="mailbox-folders">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('mail.folders.hint')}
        </Typography.Paragraph>
        {listed.isPending && (
          <Flex justify="center">
            <Spin aria-label={t('mail.folders.loading')} />
          </Flex>
        )}
        {listed.isError && (
          <Alert
            type="error"
            showIcon
            data-testid="folders-error"
            title={t('mail.folders.loadFailed', { reason: say(listed.error) })}
            action={
              <Button size="small" onClick={() => void listed.refetch()}>
                {t('mail.folders.retry')}
              </Button>
            }
          />
        )}
        {listed.data && folders.length === 0 && <Empty description={t('mail.folders.none')} />}
        {listed.data && (
          <Checkbox.Group
            value={[...always, ...chosen]}
            onChange={(v) => setChosen(v.map(String).filter((p) => !always.includes(p)))}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          >
            {folders.map((f) => (
              <Checkbox
                key={f.path}
                value={f.path}
                disabled={f.always}
                data-testid={`folder-${f.path}`}
              >
                <span style={{ overflowWrap: 'anywhere' }}>{f.path}</span>{' '}
                {f.always && <Tag color="blue">{t('mail.folders.always')}</Tag>}
                {f.specialUse && !f.always && <Tag>{f.specialUse.replace(/^\\/, '')}</Tag>}
              </Checkbox>
            ))}
            {gone.map((p) => (
              <Checkbox key={p} value={p}>
                <span style={{ overflowWrap: 'anywhere' }}>{p}</span>{' '}
                <Tag color="orange">{t('mail.folders.gone')}</Tag>
              </Checkbox>
            ))}
          </Checkbox.Group>
        )}
        {problem && <Alert type="error" showIcon data-testid="folders-problem" title={problem} />}
      </Flex>
    </Modal>
  );
}
