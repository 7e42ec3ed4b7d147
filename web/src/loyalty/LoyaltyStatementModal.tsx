import { FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Form, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';

/**
 * The customer's points statement for one contact, in that contact's language (the server chooses
 * it from the contact, not from the reader): opened as a page or downloaded as PDF.
 */
export function LoyaltyStatementModal(props: {
  customerId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const contacts = useQuery({
    queryKey: qk.contacts(props.customerId),
    queryFn: () =>
      unwrap(
        client.GET('/customers/{id}/contacts', { params: { path: { id: props.customerId } } }),
      ).then((r) => r.items),
    enabled: props.open,
  });
  const [contactId, setContactId] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const chosen = contactId ?? contacts.data?.[0]?.id;
  const url = (format: 'html' | 'pdf') => {
    const q = new URLSearchParams({ format });
    if (chosen) q.set('contactId', chosen);
    if (range?.[0]) q.set('from', range[0].format('YYYY-MM-DD'));
    if (range?.[1]) q.set('to', range[1].format('YYYY-MM-DD'));
    return `/api/v1/customers/${encodeURIComponent(props.customerId)}/loyalty/statement?${q}`;
  };
  return (
    <Modal
      open={props.open}
      title={t('loyalty.statement.title')}
      onCancel={props.onClose}
      footer={null}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('loyalty.statement.contact')} extra={t('loyalty.statement.hint')}>
          <Select
            data-testid="loyalty-statement-contact"
            loading={contacts.isPending}
            value={chosen}
            onChange={setContactId}
            notFoundContent={t('loyalty.statement.noContacts')}
            options={(contacts.data ?? []).map((c) => ({
              value: c.id,
              label: [
                [c.firstName, c.lastName].filter(Boolean).join(' '),
                c.preferredLanguage ? `(${c.preferredLanguage})` : '',
              ]
                .filter(Boolean)
                .join(' '),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('loyalty.statement.period')} extra={t('loyalty.statement.periodHint')}>
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            style={{ width: '100%' }}
            onChange={(v) => setRange(v)}
          />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">
        {t('loyalty.statement.contents')}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button
          icon={<FileTextOutlined />}
          href={url('html')}
          target="_blank"
          rel="noopener"
          data-testid="loyalty-statement-html"
        >
          {t('loyalty.statement.open')}
        </Button>
        <Button
          type="primary"
          icon={<FilePdfOutlined />}
          href={url('pdf')}
          download
          data-testid="loyalty-statement-pdf"
        >
          {t('loyalty.statement.pdf')}
        </Button>
      </Flex>
    </Modal>
  );
}
