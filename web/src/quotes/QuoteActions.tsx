import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { ApiError } from '../api/client.ts';
import type { Quote } from './types.ts';

/** Send, accept, decline, revise, and the PDF (preview in the page, or download). */
export function QuoteActions({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);
  const path = { params: { path: { id: quote.id } } };
  const run = async (what: string, call: () => Promise<unknown>, done?: (r: unknown) => void) => {
    setBusy(what);
    try {
      const r = await call();
      void qc.invalidateQueries({ queryKey: qk.quotes.all() });
      void qc.invalidateQueries({ queryKey: qk.orders.all() });
      done?.(r);
    } catch (err) {
      void message.error(
        err instanceof ApiError && err.errors.length
          ? err.errors.map((e) => translateFieldError(e, t)).join('; ')
          : String(err instanceof Error ? err.message : err),
      );
    } finally {
      setBusy(null);
    }
  };
  const pdfUrl = `/api/v1/quotes/${quote.id}/pdf?v=${encodeURIComponent(quote.updatedAt)}`;
  const sent = quote.status === 'sent';
  const revisable =
    ['sent', 'declined', 'expired'].includes(quote.status) &&
    quote.revisions.at(-1)?.id === quote.id;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        {quote.status === 'draft' && (
          <Popconfirm
            title={t('quotes.editor.sendConfirm')}
            onConfirm={() =>
              void run(
                'send',
                () => unwrap(client.POST('/quotes/{id}/send', path)),
                () => void message.success(t('quotes.editor.sent')),
              )
            }
          >
            <Button type="primary" loading={busy === 'send'} data-testid="quote-send">
              {t('quotes.editor.send')}
            </Button>
          </Popconfirm>
        )}
        {sent && (
          <Popconfirm
            title={t('quotes.editor.acceptConfirm')}
            onConfirm={() =>
              void run(
                'accept',
                () => unwrap(client.POST('/quotes/{id}/accept', path)),
                (o) =>
                  void message.success(
                    t('quotes.editor.accepted', { number: (o as { number: string }).number }),
                  ),
              )
            }
          >
            <Button type="primary" loading={busy === 'accept'} data-testid="quote-accept">
              {t('quotes.editor.accept')}
            </Button>
          </Popconfirm>
        )}
        {sent && (
          <Popconfirm
            title={t('quotes.editor.declineConfirm')}
            onConfirm={() =>
              void run('decline', () => unwrap(client.POST('/quotes/{id}/decline', path)))
            }
          >
            <Button danger loading={busy === 'decline'}>
              {t('quotes.editor.decline')}
            </Button>
          </Popconfirm>
        )}
        {revisable && (
          <Button
            loading={busy === 'revise'}
            onClick={() =>
              void run(
                'revise',
                () => unwrap(client.POST('/quotes/{id}/revisions', path)),
                (r) => void navigate(`/quotes/${(r as { id: string }).id}`),
              )
            }
          >
            {t('quotes.editor.revise')}
          </Button>
        )}
        <Button onClick={() => setPreview(!preview)} data-testid="quote-preview">
          {preview ? t('quotes.editor.hidePreview') : t('quotes.editor.preview')}
        </Button>
        <Button href={pdfUrl} target="_blank">
          {t('quotes.editor.download')}
        </Button>
      </Flex>
      {preview && (
        <iframe
          title={t('quotes.editor.preview')}
          src={pdfUrl}
          data-testid="quote-pdf"
          style={{ width: '100%', height: '75vh', border: '1px solid #d9d9d9', borderRadius: 6 }}
        />
      )}
    </Flex>
  );
}
