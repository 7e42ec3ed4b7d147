import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, Form, Popconfirm, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { browserTimeZone } from '../lib/time-zone.ts';
import { DeadlineCell } from './DeadlineCell.tsx';
import { TenderBasics } from './TenderBasics.tsx';
import { TenderBid } from './TenderBid.tsx';
import { TenderLists } from './TenderLists.tsx';
import { TenderResultFields } from './TenderResultFields.tsx';
import { fromTender, toBody, toFormErrors, type TenderForm } from './tender-form.ts';
import type { Tender } from './types.ts';

// Every top-level field the API may name in an error; others are shown above the form.
const KNOWN = [
  'customerId',
  'reference',
  'title',
  'country',
  'issuingBody',
  'submissionDeadline',
  'clarificationDeadline',
  'deadlineTimeZone',
  'reminderBusinessDays',
  'bid',
  'bidBond',
  'localContent',
  'pricePreferencePercent',
  'evaluationCriteria',
  'requiredDocuments',
  'competitors',
  'result',
  'resultDate',
  'resultNote',
  'reasonIds',
];

/** A tender in a drawer: new (with a buyer to choose) or an existing one to change or delete. */
export function TenderEditor(props: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const qc = useQueryClient();
  const [form] = Form.useForm<TenderForm>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const tender = useQuery({
    queryKey: qk.tenders.one(props.id ?? ''),
    queryFn: () =>
      unwrap(
        client.GET('/tenders/{id}', {
          params: { path: { id: props.id! }, query: { timeZone: browserTimeZone() } },
        }),
      ),
    enabled: !!props.id,
  });
  const existing: Tender | undefined = tender.data;
  const done = (msg: string) => {
    void message.success(msg);
    void qc.invalidateQueries({ queryKey: qk.tenders.all() });
    void qc.invalidateQueries({ queryKey: qk.followUps() });
    props.onClose();
  };
  const save = async (v: TenderForm) => {
    setSaving(true);
    setProblems([]);
    try {
      const body = toBody(v);
      if (existing)
        await unwrap(
          client.PATCH('/tenders/{id}', { params: { path: { id: existing.id } }, body }),
        );
      else await unwrap(client.POST('/tenders', { body: { ...body, customerId: v.customerId! } }));
      done(t('common.saved'));
    } catch (err) {
      const rest = applyFieldErrors(form, toFormErrors(err), t, { known: KNOWN });
      setProblems(
        rest.length
          ? rest.map((e) => e.message)
          : err instanceof Error && !('errors' in err)
            ? [err.message]
            : [],
      );
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    await unwrap(client.DELETE('/tenders/{id}', { params: { path: { id: existing!.id } } }));
    done(t('common.deleted'));
  };
  const loading = !!props.id && tender.isPending;

  return (
    <Drawer
      open
      width={phone ? '100%' : 780}
      title={existing ? `${existing.reference} · ${existing.title}` : t('tenders.add')}
      onClose={props.onClose}
      destroyOnHidden
      extra={
        <Space>
          {existing && (
            <Popconfirm title={t('tenders.deleteConfirm')} onConfirm={() => void remove()}>
              <Button danger>{t('common.delete')}</Button>
            </Popconfirm>
          )}
          <Button
            type="primary"
            loading={saving}
            disabled={loading}
            onClick={() => form.submit()}
            data-testid="tender-save"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {loading ? (
        <Skeleton active />
      ) : (
        <Form<TenderForm>
          form={form}
          layout="vertical"
          onFinish={(v) => void save(v)}
          initialValues={
            existing
              ? fromTender(existing)
              : {
                  reminderBusinessDays: 5,
                  evaluationCriteria: [
                    { name: t('tenders.criteria.price'), weight: 70 },
                    { name: t('tenders.criteria.technical'), weight: 30 },
                  ],
                  requiredDocuments: [],
                  competitors: [],
                  reasonIds: [],
                }
          }
        >
          <Flex vertical gap={8}>
            {problems.length > 0 && <Alert type="error" showIcon title={problems.join('; ')} />}
            {existing && (
              <Alert
                type={existing.deadline.passed ? 'warning' : 'info'}
                title={
                  <DeadlineCell deadline={existing.deadline} homeCountry={existing.homeCountry} />
                }
                description={
                  existing.warnings.includes('deadline_passed')
                    ? t('tenders.warnings.deadline_passed')
                    : undefined
                }
              />
            )}
            <TenderBasics form={form} existing={existing} />
            <TenderBid form={form} country={existing?.country} />
            <TenderLists form={form} />
            <TenderResultFields form={form} existing={existing} />
          </Flex>
        </Form>
      )}
    </Drawer>
  );
}
