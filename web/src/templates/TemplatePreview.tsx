import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { CustomerPicker } from '../products/pickers.tsx';
import { ReasonText, WarningList } from './RenderNotes.tsx';
import { SendSlots } from './SendSlots.tsx';
import type { Template } from './types.ts';

/** The template as one contact would get it: their variant and why, warnings, send times. */
export function TemplatePreview(props: { template: Template }) {
  const { t } = useTranslation();
  const [customerId, setCustomerId] = useState<string>();
  const [contactId, setContactId] = useState<string>();
  const [language, setLanguage] = useState<string>();
  const id = props.template.id;
  const contacts = useQuery({
    queryKey: qk.contacts(customerId ?? ''),
    enabled: !!customerId,
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}/contacts', { params: { path: { id: customerId ?? '' } } }),
      ).then((r) => r.items),
  });
  const rendered = useQuery({
    queryKey: qk.templates.render(id, contactId ?? '', language),
    enabled: !!contactId,
    retry: false,
    queryFn: () =>
      unwrap(
        client.POST('/templates/{id}/render', {
          params: { path: { id } },
          body: { contactId: contactId ?? '', ...(language ? { language } : {}) },
        }),
      ),
  });
  const r = rendered.data;
  const err = rendered.error instanceof ApiError ? rendered.error : null;
  return (
    <Card size="small" title={t('templates.preview.title')}>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          <Flex vertical style={{ minWidth: 220, flex: 1 }} data-testid="preview-customer">
            <Typography.Text type="secondary">{t('templates.preview.customer')}</Typography.Text>
            <CustomerPicker
              value={customerId}
              onChange={(v) => {
                setCustomerId(v);
                setContactId(undefined);
                setLanguage(undefined);
              }}
            />
          </Flex>
          <Flex vertical style={{ minWidth: 200, flex: 1 }} data-testid="preview-contact">
            <Typography.Text type="secondary">{t('templates.preview.contact')}</Typography.Text>
            <Select
              style={{ width: '100%' }}
              value={contactId}
              disabled={!customerId}
              notFoundContent={t('templates.preview.noContacts')}
              onChange={(v: string) => {
                setContactId(v);
                setLanguage(undefined);
              }}
              options={(contacts.data ?? []).map((c) => ({
                value: c.id,
                label:
                  [c.firstName, c.lastName].filter(Boolean).join(' ') +
                  (c.preferredLanguage ? ` · ${c.preferredLanguage}` : ''),
              }))}
            />
          </Flex>
        </Flex>
        {!contactId && (
          <Typography.Text type="secondary">{t('templates.preview.pickContact')}</Typography.Text>
        )}
        {err && (
          <Alert
            type="error"
            showIcon
            message={err.message}
            description={err.errors.map((e) => (
              <div key={`${e.path}-${e.code}`}>
                {e.path}: {translateFieldError(e, t)}
              </div>
            ))}
          />
        )}
        {r && (
          <>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>
                {t('templates.preview.chosen', { language: r.language })}
              </Typography.Text>
              <Segmented
                size="small"
                value={r.language}
                onChange={(v) =>
                  setLanguage(String(v) === r.automatic.language ? undefined : String(v))
                }
                options={r.available.map((l) => ({
                  value: l,
                  label: l === r.automatic.language ? `${l} ★` : l,
                }))}
              />
            </Flex>
            <ReasonText reason={r.reason} language={r.language} />
            <Card size="small" type="inner" title={r.subject}>
              <Typography.Paragraph
                style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                data-testid="preview-body"
                lang={r.locale}
                dir={r.language.startsWith('ar') ? 'rtl' : undefined}
              >
                {r.body}
              </Typography.Paragraph>
            </Card>
            <Typography.Text strong>{t('templates.warnings.title')}</Typography.Text>
            <WarningList warnings={r.warnings} />
          </>
        )}
        {r && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            ★ {t('templates.preview.automatic')}
          </Typography.Text>
        )}
        {contactId && <SendSlots contactId={contactId} />}
      </Flex>
    </Card>
  );
}
