import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Result,
  Row,
  Select,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { countryOptions, flag } from '../lib/countries.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { FormModal } from '../lib/FormModal.tsx';
import { MentionsChart } from './MentionsChart.tsx';

const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
const COLOR = { negative: 'red', neutral: 'default', positive: 'green' } as const;

interface NewMention {
  title: string;
  source: string;
  url?: string;
  language: string;
  publishedOn: { format: (f: string) => string };
  sentiment?: (typeof SENTIMENTS)[number];
  summary?: string;
}

/**
 * One market's reputation: mentions per month by sentiment, the share of negative ones, the
 * sources that write most, an alert when negative mentions pile up, and the latest mentions
 * with the suggested and the person's sentiment. Managers and admins log mentions by hand.
 */
export function ReputationPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const country = params.get('country') ?? 'MZ';
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<NewMention>();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const manager = user.role === 'admin' || user.role === 'manager';
  const summary = useQuery({
    queryKey: ['mentions', 'summary', country],
    queryFn: () => unwrap(client.GET('/mentions/summary', { params: { query: { country } } })),
    enabled: manager,
  });
  const list = useQuery({
    queryKey: ['mentions', 'list', country],
    queryFn: () => unwrap(client.GET('/mentions', { params: { query: { country, limit: 50 } } })),
    enabled: manager,
  });
  if (!manager) return <Result status="403" title={t('errors.forbidden')} />;

  const save = async (v: NewMention) => {
    setSaving(true);
    try {
      await unwrap(
        client.POST('/mentions', {
          body: {
            country,
            title: v.title,
            source: v.source,
            url: v.url || null,
            language: v.language,
            publishedOn: v.publishedOn.format('YYYY-MM-DD'),
            sentiment: v.sentiment ?? null,
            ...(v.summary ? { summary: v.summary } : {}),
          },
        }),
      );
      void qc.invalidateQueries({ queryKey: ['mentions'] });
      setAdding(false);
      void message.success(t('common.saved'));
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['title', 'source', 'url', 'language', 'publishedOn', 'summary'],
      });
      if (rest.length || !(err instanceof Error && 'errors' in err))
        void message.error(err instanceof Error ? err.message : t('errors.generic'));
    } finally {
      setSaving(false);
    }
  };
  const s = summary.data;
  const required = [{ required: true, message: t('errors.required') }];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reputation.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 200 }}
            value={country}
            options={countries}
            onChange={(v: string) => setParams({ country: v })}
            data-testid="reputation-country"
          />
          <Button type="primary" onClick={() => setAdding(true)} data-testid="mention-new">
            {t('reputation.add')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('reputation.intro')}
      </Typography.Paragraph>
      {s?.alert.raised && (
        <Alert
          type="error"
          showIcon
          data-testid="reputation-alert"
          message={t('reputation.alert', {
            count: s.alert.current,
            days: s.alert.windowDays,
            threshold: s.alert.threshold,
          })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small" loading={summary.isPending}>
            <Statistic title={t('reputation.total')} value={s?.total ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" loading={summary.isPending}>
            <Statistic
              title={t('reputation.negativeShare')}
              value={s?.negativeShare ?? 0}
              suffix="%"
              valueStyle={{ color: (s?.negativeShare ?? 0) > 30 ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('reputation.topSources')} loading={summary.isPending}>
            {s?.topSources.length ? (
              <Flex wrap gap={4}>
                {s.topSources.map((x) => (
                  <Tag key={x.source} color={x.negative > x.count / 2 ? 'red' : undefined}>
                    {x.source} · {x.count}
                  </Tag>
                ))}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('reputation.none')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('reputation.trend', { country: `${flag(country)} ${country}` })}
        loading={summary.isPending}
      >
        {s && s.total > 0 ? (
          <MentionsChart months={s.months} />
        ) : (
          <Empty description={t('reputation.none')} />
        )}
      </Card>
      <Card size="small" title={t('reputation.latest')} loading={list.isPending}>
        <List
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('reputation.none')} /> }}
          renderItem={(m) => (
            <List.Item
              data-testid="mention-row"
              actions={[
                <Button
                  key="incident"
                  size="small"
                  danger={m.sentiment === 'negative'}
                  data-testid="mention-open-incident"
                  onClick={() =>
                    void navigate(
                      `/incidents?${new URLSearchParams({
                        new: '1',
                        mention: m.id,
                        country: m.country,
                        title: m.title,
                        summary: `${m.source}, ${m.publishedOn}${m.url ? `: ${m.url}` : ''}`,
                      }).toString()}`,
                    )
                  }
                >
                  {t('reputation.openIncident')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span style={{ overflowWrap: 'anywhere' }} lang={m.language}>
                    <Tag color={COLOR[m.sentiment]}>
                      {t(`reputation.sentiments.${m.sentiment}`)}
                    </Tag>
                    {m.url ? (
                      <a href={m.url} target="_blank" rel="noreferrer noopener">
                        {m.title}
                      </a>
                    ) : (
                      m.title
                    )}
                  </span>
                }
                description={
                  <>
                    {m.publishedOn} · {m.source} · {m.language}
                    {m.personSentiment &&
                    m.suggestedSentiment &&
                    m.personSentiment !== m.suggestedSentiment
                      ? ` · ${t('reputation.suggested', { value: t(`reputation.sentiments.${m.suggestedSentiment}`) })}`
                      : ''}
                    {m.incidents.map((i) => (
                      <Link
                        key={i.id}
                        to={`/incidents/${i.id}`}
                        data-testid="mention-incident"
                        style={{ marginLeft: 8 }}
                      >
                        <Tag color="volcano">
                          {t('reputation.incidentLink', { title: i.title })}
                        </Tag>
                      </Link>
                    ))}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <FormModal<NewMention>
        open={adding}
        title={t('reputation.add')}
        form={form}
        initialValues={{}}
        onFinish={save}
        onClose={() => setAdding(false)}
        saving={saving}
        width={640}
        saveTestId="mention-save"
      >
        <Form.Item name="title" label={t('reputation.fields.title')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="source" label={t('reputation.fields.source')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="url" label={t('reputation.fields.url')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="language" label={t('reputation.fields.language')} rules={required}>
          <Input maxLength={35} placeholder="pt" />
        </Form.Item>
        <Form.Item name="publishedOn" label={t('reputation.fields.publishedOn')} rules={required}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="sentiment"
          label={t('reputation.fields.sentiment')}
          extra={t('reputation.sentimentHint')}
        >
          <Select
            allowClear
            data-testid="mention-sentiment"
            options={SENTIMENTS.map((x) => ({ value: x, label: t(`reputation.sentiments.${x}`) }))}
          />
        </Form.Item>
        <Form.Item name="summary" label={t('reputation.fields.summary')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
