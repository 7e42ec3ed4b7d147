import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useSegments } from '../api/queries.ts';
import { qk } from '../api/query-keys.ts';
import { useSession } from '../auth/session.tsx';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { fetchRounds, type Round } from './api.ts';
import { ProductPicker } from '../products/pickers.tsx';
import { RoundSurveys } from './RoundSurveys.tsx';
import { SurveyMailCard } from './SurveyMailCard.tsx';

interface Values {
  name: string;
  segmentId: string;
  sendTime: string;
  productId?: string;
}

/** NPS rounds: plan one for a segment, see what was planned and answered (admins, managers). */
export function SurveyRoundsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const allowed = user.role !== 'rep';
  const q = useQuery({ queryKey: qk.feedback.rounds(), queryFn: fetchRounds, enabled: allowed });
  const segments = useSegments();
  if (!allowed) return <Empty description={t('feedback.rounds.managersOnly')} />;

  const save = async (values: Values) => {
    setSaving(true);
    try {
      await unwrap(
        client.POST('/surveys', { body: { ...values, productId: values.productId ?? null } }),
      );
      void message.success(t('feedback.rounds.planned'));
      setAdding(false);
      void qc.invalidateQueries({ queryKey: qk.feedback.all() });
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['name', 'segmentId', 'sendTime', 'productId'],
      });
      if (rest.length) void message.error(rest.map((e) => `${e.path} ${e.message}`).join('; '));
    } finally {
      setSaving(false);
    }
  };

  const rows = q.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('feedback.rounds.title')}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Link to="/feedback">{t('feedback.title')}</Link>
          <Button type="primary" onClick={() => setAdding(true)} data-testid="round-add">
            {t('feedback.rounds.add')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('feedback.rounds.hint')}
      </Typography.Paragraph>
      <SurveyMailCard />
      <Card size="small" loading={q.isPending}>
        {rows.length === 0 ? (
          <Empty description={t('feedback.rounds.none')} />
        ) : (
          <Table<Round>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={rows}
            expandable={{ expandedRowRender: (r) => <RoundSurveys id={r.id} /> }}
            columns={[
              { title: t('feedback.rounds.name'), dataIndex: 'name' },
              { title: t('feedback.rounds.segment'), dataIndex: 'segmentName' },
              {
                title: t('feedback.groupBy.product'),
                render: (_, r) => r.productName ?? '—',
              },
              {
                title: t('feedback.rounds.sendTime'),
                render: (_, r) =>
                  r.firstPlannedAt
                    ? `${r.sendTime} · ${formatDateTime(r.firstPlannedAt, i18n.language)}`
                    : r.sendTime,
              },
              {
                title: t('feedback.rounds.progress'),
                render: (_, r) =>
                  t('feedback.rounds.answered', { answered: r.answered, planned: r.planned }),
              },
              {
                title: t('feedback.rounds.mailColumn'),
                render: (_, r) => t('feedback.rounds.mailCounts', r.mail),
              },
              {
                title: 'NPS',
                render: (_, r) =>
                  `${r.figure.nps ?? '—'} (${t('feedback.answers', { count: r.figure.answers })})`,
              },
            ]}
          />
        )}
      </Card>
      <FormModal<Values>
        open={adding}
        title={t('feedback.rounds.add')}
        form={form}
        initialValues={{ sendTime: '10:00' }}
        onFinish={save}
        onClose={() => setAdding(false)}
        saving={saving}
        width={560}
        saveTestId="round-save"
      >
        <Form.Item
          name="name"
          label={t('feedback.rounds.name')}
          rules={[{ required: true, message: t('common.required') }]}
          style={{ gridColumn: '1 / -1' }}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          name="segmentId"
          label={t('feedback.rounds.segment')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            loading={segments.isPending}
            options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
        <Form.Item
          name="sendTime"
          label={t('feedback.rounds.sendTime')}
          extra={t('feedback.rounds.sendTimeHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input placeholder="10:00" maxLength={5} />
        </Form.Item>
        <Form.Item
          name="productId"
          label={t('feedback.rounds.product')}
          extra={t('feedback.rounds.productHint')}
        >
          <ProductPicker allowClear testId="round-product" />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
