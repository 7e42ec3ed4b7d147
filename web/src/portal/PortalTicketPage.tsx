import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Input, Result, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import { fetchPublicTicket, portalKeys, type PublicTicket } from './api.ts';
import { browserLabels, PortalShell } from './PortalShell.tsx';

const STATUS_COLOR: Record<PublicTicket['status'], string> = {
  received: 'blue',
  in_progress: 'processing',
  waiting_for_you: 'orange',
  solved: 'green',
  closed: 'default',
};

/** A ticket through its customer link: the public conversation and the customer's answer. */
export function PortalTicketPage() {
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  const lang = search.get('lang') ?? undefined;
  const q = useQuery({
    queryKey: portalKeys.ticket(token, lang),
    queryFn: () => fetchPublicTicket(token, lang),
  });
  if (q.isPending) return <PortalShell loading />;
  if (!q.data) {
    const f = browserLabels();
    return (
      <PortalShell language={f.language} dir={f.dir}>
        <Result status="404" title={f.labels.notFound} />
      </PortalShell>
    );
  }
  return <Ticket token={token} lang={lang} ticket={q.data} />;
}

function Ticket({
  token,
  lang,
  ticket: x,
}: {
  token: string;
  lang?: string;
  ticket: PublicTicket;
}) {
  const l = x.labels;
  const when = new Intl.DateTimeFormat(x.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <PortalShell language={x.language} dir={x.dir}>
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">
          {l.portalTitle} · {x.number}
        </Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="portal-subject">
          {x.subject}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Typography.Text>{l.status}:</Typography.Text>
          <Tag color={STATUS_COLOR[x.status]} data-testid="portal-status">
            {l[x.status]}
          </Tag>
        </Flex>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {l.conversation}
        </Typography.Title>
        {x.messages.length === 0 && <Empty description={l.noReplies} />}
        <Flex vertical gap={8} data-testid="portal-messages">
          {x.messages.map((m) => {
            const mine = m.from === 'customer';
            return (
              <div
                key={m.id}
                style={{
                  alignSelf: mine ? 'flex-end' : 'flex-start',
                  maxWidth: '88%',
                  background: mine ? '#e6f4ff' : '#f5f5f5',
                  borderRadius: 8,
                  padding: '8px 12px',
                }}
              >
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {mine ? l.you : l.support} · {when.format(new Date(m.createdAt))}
                </Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.body}</div>
                {/* Files of a public reply: the file name is the customer's word, no label needed. */}
                {m.attachments.map((f) => (
                  <div key={f.id}>
                    <Typography.Link href={f.url} data-testid="portal-attachment">
                      📎 {f.fileName}
                    </Typography.Link>
                  </div>
                ))}
              </div>
            );
          })}
        </Flex>
        {x.canReply ? (
          <ReplyBox token={token} lang={lang} ticket={x} />
        ) : (
          <Alert type="info" message={l.closedNote} />
        )}
      </Flex>
    </PortalShell>
  );
}

function ReplyBox({
  token,
  lang,
  ticket: x,
}: {
  token: string;
  lang?: string;
  ticket: PublicTicket;
}) {
  const l = x.labels;
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/public/tickets/{token}/replies', {
          params: { path: { token }, query: lang ? { lang } : {} },
          body: { body },
        }),
      ),
    onSuccess: (next) => {
      qc.setQueryData(portalKeys.ticket(token, lang), next);
      setBody('');
      void message.success(l.sent);
    },
    onError: (err) => {
      const status = err instanceof ApiError ? err.status : 0;
      if (status === 409) void qc.invalidateQueries({ queryKey: portalKeys.ticket(token, lang) });
      void message.error(status === 429 ? l.tooMany : status === 409 ? l.closedNote : l.failed);
    },
  });
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{l.yourReply}</Typography.Text>
      <Input.TextArea
        value={body}
        onChange={(e) => setBody(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={5000}
        aria-label={l.yourReply}
        data-testid="portal-reply"
      />
      <Button
        type="primary"
        disabled={!body.trim()}
        loading={send.isPending}
        onClick={() => send.mutate()}
        style={{ alignSelf: 'flex-end' }}
        data-testid="portal-send"
      >
        {l.send}
      </Button>
    </Flex>
  );
}
