import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Popconfirm, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, formBody, unwrap } from '../api/client.ts';
import { formatDateTime } from '../lib/format.ts';
import { uploadProblem } from '../lib/row-problems.ts';
import { browserTimeZone } from '../lib/time-zone.ts';
import { ticketKeys, type TicketDetail } from './api.ts';

const filesKey = (id: string) => [...ticketKeys.one(id), 'attachments'] as const;
const megabytes = (n: number) => `${Math.round((n / 1024 ** 2) * 10) / 10} MB`;
const size = (n: number) =>
  n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${Math.round(n / 1024)} KB` : megabytes(n);

/** The files of a ticket and its comments (one read shared by the card and the conversation). */
export function useAttachments(ticketId: string) {
  return useQuery({
    queryKey: filesKey(ticketId),
    queryFn: () =>
      unwrap(client.GET('/tickets/{id}/attachments', { params: { path: { id: ticketId } } })),
  });
}
type Attachment = NonNullable<ReturnType<typeof useAttachments>['data']>['items'][number];

const hrefOf = (a: Attachment) =>
  `/api/v1/tickets/${encodeURIComponent(a.ticketId)}/attachments/${encodeURIComponent(a.id)}`;

function FileLink({ a }: { a: Attachment }) {
  return (
    <Typography.Link href={hrefOf(a)} data-testid="attachment-link">
      <PaperClipOutlined /> {a.fileName}{' '}
      <Typography.Text type="secondary">({size(a.size)})</Typography.Text>
    </Typography.Link>
  );
}

/** The files attached to one comment, under it in the conversation. */
export function CommentFiles({ ticketId, commentId }: { ticketId: string; commentId: string }) {
  const files = useAttachments(ticketId).data?.items.filter((a) => a.commentId === commentId);
  if (!files?.length) return null;
  return (
    <Flex vertical gap={2} style={{ marginTop: 4 }}>
      {files.map((a) => (
        <FileLink key={a.id} a={a} />
      ))}
    </Flex>
  );
}

/** Attach a file to the ticket or one of its comments; list, download and delete files. */
export function AttachmentsCard({ ticket }: { ticket: TicketDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [to, setTo] = useState<string>('');
  const q = useAttachments(ticket.id);
  const path = { params: { path: { id: ticket.id } } };
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      if (to) form.append('commentId', to);
      form.append('file', file);
      return unwrap(client.POST('/tickets/{id}/attachments', { ...path, ...formBody(form) }));
    },
    onSuccess: () => {
      void message.success(t('attachments.uploaded'));
      void qc.invalidateQueries({ queryKey: filesKey(ticket.id) });
    },
    onError: (err) => void message.error(uploadProblem(err, t)),
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(
        client.DELETE('/tickets/{id}/attachments/{attachmentId}', {
          params: { path: { id: ticket.id, attachmentId } },
        }),
      ),
    onSuccess: () => {
      void message.success(t('attachments.deleted'));
      void qc.invalidateQueries({ queryKey: filesKey(ticket.id) });
    },
    onError: (err) => void message.error(err.message),
  });
  const max = q.data?.maxBytes ?? 10 * 1024 ** 2;
  const pick = (file: File | undefined) => {
    if (!file) return;
    // Said before sending; the server refuses it alike (413) and keeps nothing.
    if (file.size > max) void message.error(t('attachments.tooLarge', { size: megabytes(max) }));
    else upload.mutate(file);
    if (input.current) input.current.value = '';
  };
  const when = (iso: string) => formatDateTime(iso, i18n.language, browserTimeZone());
  const items = q.data?.items ?? [];

  return (
    <Card size="small" title={t('attachments.title')} loading={q.isPending}>
      <Flex vertical gap={8}>
        {items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.none')} />
        )}
        {items.map((a) => (
          <Flex key={a.id} justify="space-between" align="center" gap={8} wrap>
            <Flex vertical>
              <FileLink a={a} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {when(a.createdAt)}
                {a.createdByName ? ` · ${t('attachments.by', { name: a.createdByName })}` : ''}
                {a.commentId ? ` · ${t('attachments.onComment')}` : ''}
              </Typography.Text>
            </Flex>
            <Popconfirm
              title={t('attachments.deleteConfirm')}
              onConfirm={() => remove.mutate(a.id)}
            >
              <Button size="small" icon={<DeleteOutlined />} aria-label={t('escalations.delete')} />
            </Popconfirm>
          </Flex>
        ))}
        {ticket.status !== 'closed' && (
          <Flex gap={8} wrap align="center">
            <Select
              aria-label={t('attachments.to')}
              value={to}
              onChange={setTo}
              style={{ minWidth: 200, maxWidth: '100%' }}
              options={[
                { value: '', label: t('attachments.toTicket') },
                ...ticket.comments.map((c) => ({
                  value: c.id,
                  label: `${t('attachments.toComment', { when: when(c.createdAt) })} — ${c.body.slice(0, 30)}`,
                })),
              ]}
            />
            <input
              ref={input}
              type="file"
              hidden
              accept={(q.data?.extensions ?? []).map((e) => `.${e}`).join(',')}
              onChange={(e) => pick(e.target.files?.[0])}
              data-testid="attachment-input"
            />
            <Button
              icon={<UploadOutlined />}
              loading={upload.isPending}
              onClick={() => input.current?.click()}
            >
              {t('attachments.attach')}
            </Button>
            <Typography.Text type="secondary">
              {t('attachments.limits', { size: megabytes(max) })}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
