import { FilePdfOutlined, IdcardOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Result,
  Select,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { countryOptions } from '../lib/countries.ts';
import { displayName } from '../lib/display-names.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';

type Passport = {
  fullName: string;
  nationality: string;
  passportNumber: string;
  dateOfBirth: string;
  issueDate: string;
  expiryDate: string;
  gender?: 'F' | 'M' | 'X' | null;
};

const FIELDS = [
  'fullName',
  'nationality',
  'passportNumber',
  'dateOfBirth',
  'issueDate',
  'expiryDate',
  'gender',
];

/**
 * A button and its dialog for one invitation's visa letter: the guest's passport data (entered,
 * changed, deleted) and the bilingual PDF. Only the event's owner and admins get an answer; for
 * anyone else the server says 404 and the dialog says who may.
 */
export function VisaLetterButton({
  eventId,
  invitationId,
}: {
  eventId: string;
  invitationId: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" icon={<IdcardOutlined />} onClick={() => setOpen(true)}>
        {t('visaLetters.button')}
      </Button>
      {open && (
        <VisaLetterModal
          eventId={eventId}
          invitationId={invitationId}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

export function VisaLetterModal(props: {
  eventId: string;
  invitationId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Passport>();
  const [saving, setSaving] = useState(false);
  const path = { id: props.eventId, invitationId: props.invitationId };
  const key = qk.visaLetter(props.eventId, props.invitationId);
  const letter = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(client.GET('/events/{id}/invitations/{invitationId}/passport', { params: { path } })),
    retry: false,
  });
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const pdfUrl = `/api/v1/events/${encodeURIComponent(props.eventId)}/invitations/${encodeURIComponent(props.invitationId)}/visa-letter.pdf?v=${encodeURIComponent(letter.data?.passport?.updatedAt ?? '')}`;

  const save = async (v: Passport) => {
    setSaving(true);
    try {
      const body = { ...v, gender: v.gender ?? null };
      const saved = await unwrap(
        client.PUT('/events/{id}/invitations/{invitationId}/passport', { params: { path }, body }),
      );
      qc.setQueryData(key, saved);
      void message.success(t('visaLetters.saved'));
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, { known: FIELDS });
      if (rest.length) void message.error(rest.map((e) => e.message).join('; '));
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    await unwrap(
      client.DELETE('/events/{id}/invitations/{invitationId}/passport', { params: { path } }),
    );
    form.resetFields();
    await qc.invalidateQueries({ queryKey: key });
    void message.success(t('visaLetters.removed'));
  };

  const hidden = letter.error instanceof ApiError && letter.error.status === 404;
  const data = letter.data;
  return (
    <Modal
      open
      title={t('visaLetters.title')}
      onCancel={props.onClose}
      footer={null}
      width={560}
      destroyOnHidden
    >
      {hidden ? (
        <Result status="403" subTitle={t('visaLetters.onlyOwner')} />
      ) : letter.isError ? (
        <Alert type="error" message={t('common.loadFailed')} />
      ) : !data ? (
        <Typography.Text>{t('common.loading')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('visaLetters.intro', {
              language: displayName('language', data.letterLanguage, i18n.language),
            })}
          </Typography.Paragraph>
          <Alert
            type="info"
            showIcon
            message={t('visaLetters.retention', { date: data.deleteOn })}
          />
          <Form<Passport>
            form={form}
            layout="vertical"
            initialValues={data.passport ?? {}}
            onFinish={(v) => void save(v)}
          >
            <Form.Item
              name="fullName"
              label={t('visaLetters.fullName')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input autoComplete="off" maxLength={120} />
            </Form.Item>
            <Form.Item
              name="nationality"
              label={t('visaLetters.nationality')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select showSearch options={countries} optionFilterProp="label" />
            </Form.Item>
            <Form.Item
              name="passportNumber"
              label={t('visaLetters.passportNumber')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input autoComplete="off" maxLength={40} style={{ textTransform: 'uppercase' }} />
            </Form.Item>
            <Flex gap={12} wrap>
              {(['dateOfBirth', 'issueDate'] as const).map((f) => (
                <Form.Item
                  key={f}
                  name={f}
                  label={t(`visaLetters.${f}`)}
                  style={{ flex: '1 1 160px' }}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <Input type="date" />
                </Form.Item>
              ))}
            </Flex>
            <Form.Item
              name="expiryDate"
              label={t('visaLetters.expiryDate')}
              extra={t('visaLetters.earliestExpiry', { date: data.earliestExpiry })}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item name="gender" label={t('visaLetters.gender')}>
              <Select
                allowClear
                options={(['F', 'M', 'X'] as const).map((g) => ({
                  value: g,
                  label: t(`visaLetters.genders.${g}`),
                }))}
              />
            </Form.Item>
            <Flex gap={8} wrap justify="flex-end">
              {data.passport && (
                <Popconfirm title={t('visaLetters.confirmRemove')} onConfirm={() => void remove()}>
                  <Button danger>{t('visaLetters.remove')}</Button>
                </Popconfirm>
              )}
              <Button
                icon={<FilePdfOutlined />}
                href={pdfUrl}
                target="_blank"
                disabled={!data.passport}
              >
                {t('visaLetters.openPdf')}
              </Button>
              <Button type="primary" htmlType="submit" loading={saving}>
                {t('visaLetters.save')}
              </Button>
            </Flex>
          </Form>
        </Flex>
      )}
    </Modal>
  );
}
