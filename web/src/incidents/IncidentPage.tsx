import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Flex,
  Input,
  List,
  Row,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { flag } from '../lib/countries.ts';
import { IncidentCustomers } from './IncidentCustomers.tsx';
import { IncidentMentions } from './IncidentMentions.tsx';
import { incidentKeys, SEVERITY_COLOR, STATUS_COLOR } from './api.ts';

/**
 * One incident: its status and the moves open to it, the checklist, the holding statements per
 * language (four eyes) and the timeline with notes. Its owner and admins run it.
 */
export function IncidentPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const zh = i18n.language === 'zh-CN';
  const [note, setNote] = useState('');
  const [lang, setLang] = useState('');
  const [text, setText] = useState('');
  const q = useQuery({
    queryKey: incidentKeys.one(id),
    queryFn: () => unwrap(client.GET('/incidents/{id}', { params: { path: { id } } })),
  });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const run = async (call: () => Promise<unknown>) => {
    try {
      await call();
      void qc.invalidateQueries({ queryKey: incidentKeys.all() });
      return true;
    } catch (err) {
      void message.error(err instanceof Error ? err.message : t('errors.generic'));
      return false;
    }
  };
  if (q.isPending) return <Card loading />;
  if (!q.data) return <Empty description={q.error?.message} />;
  const i = q.data;
  const path = { params: { path: { id } } };

  return (
    <Flex vertical gap={16}>
      <Link to="/incidents">
        <ArrowLeftOutlined /> {t('incidents.back')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
        {i.title}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <Tag color={STATUS_COLOR[i.status]} data-testid="incident-status">
          {t(`incidents.statuses.${i.status}`)}
        </Tag>
        {i.canEdit &&
          i.nextStatuses.map((s) => (
            <Button
              key={s}
              size="small"
              danger={s === 'active'}
              title={s === 'active' ? t('incidents.activateHint') : undefined}
              data-testid={`incident-move-${s}`}
              onClick={() =>
                void run(() =>
                  unwrap(client.PATCH('/incidents/{id}', { ...path, body: { status: s } })),
                )
              }
            >
              {t('incidents.moveTo', { status: t(`incidents.statuses.${s}`) })}
            </Button>
          ))}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered>
        <Descriptions.Item label={t('incidents.fields.countries')}>
          {i.countries.map((c) => `${flag(c)} ${c}`).join('  ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('incidents.fields.kind')}>
          {t(`incidents.kinds.${i.kind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('incidents.fields.severity')}>
          <Tag color={SEVERITY_COLOR[i.severity]}>{t(`incidents.severities.${i.severity}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('incidents.fields.firstSeenAt')}>
          {when.format(new Date(i.firstSeenAt))}
        </Descriptions.Item>
        <Descriptions.Item label={t('incidents.fields.firstResponse')}>
          {i.minutesToFirstResponse === null
            ? t('incidents.noResponse')
            : t('incidents.minutes', { count: i.minutesToFirstResponse })}
        </Descriptions.Item>
        <Descriptions.Item label={t('incidents.fields.owner')}>{i.ownerName}</Descriptions.Item>
        {i.summary && (
          <Descriptions.Item label={t('incidents.fields.summary')} span={3}>
            {i.summary}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('incidents.checklist')}>
            <Flex vertical gap={6}>
              {i.checklist.map((c) => (
                <Checkbox
                  key={c.key}
                  checked={c.done}
                  disabled={!i.canEdit}
                  data-testid={`incident-step-${c.key}`}
                  onChange={(e) =>
                    void run(() =>
                      unwrap(
                        client.PUT('/incidents/{id}/checklist/{key}', {
                          params: { path: { id, key: c.key } },
                          body: { done: e.target.checked },
                        }),
                      ),
                    )
                  }
                >
                  {zh ? c.label.zh : c.label.en}
                </Checkbox>
              ))}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('incidents.statements')}
            extra={<Typography.Text type="secondary">{t('incidents.fourEyes')}</Typography.Text>}
          >
            <List
              dataSource={i.statements}
              locale={{ emptyText: t('incidents.noStatements') }}
              renderItem={(s) => (
                <List.Item
                  data-testid="incident-statement"
                  actions={
                    s.status === 'draft' && s.authorId !== user.id
                      ? [
                          <Button
                            key="ok"
                            size="small"
                            type="primary"
                            data-testid="incident-approve"
                            onClick={() =>
                              void run(() =>
                                unwrap(
                                  client.POST('/incidents/{id}/statements/{statementId}/approve', {
                                    params: { path: { id, statementId: s.id } },
                                  }),
                                ),
                              )
                            }
                          >
                            {t('incidents.approve')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta
                    title={
                      <>
                        <Tag>{s.language}</Tag>
                        <Tag color={s.status === 'approved' ? 'green' : 'gold'}>
                          {t(`incidents.${s.status}`)}
                        </Tag>
                      </>
                    }
                    description={<span lang={s.language}>{s.body}</span>}
                  />
                </List.Item>
              )}
            />
            {i.canEdit && (
              <Flex vertical gap={8} style={{ marginTop: 8 }}>
                <Input
                  placeholder={t('incidents.statementLanguage')}
                  value={lang}
                  maxLength={35}
                  onChange={(e) => setLang(e.target.value)}
                  data-testid="incident-statement-language"
                />
                <Input.TextArea
                  placeholder={t('incidents.statementBody')}
                  rows={3}
                  value={text}
                  maxLength={5000}
                  onChange={(e) => setText(e.target.value)}
                  data-testid="incident-statement-body"
                />
                <Button
                  disabled={!lang.trim() || !text.trim()}
                  data-testid="incident-statement-add"
                  onClick={() =>
                    void run(() =>
                      unwrap(
                        client.POST('/incidents/{id}/statements', {
                          ...path,
                          body: { language: lang.trim(), body: text },
                        }),
                      ),
                    ).then((ok) => {
                      if (ok) {
                        setLang('');
                        setText('');
                      }
                    })
                  }
                >
                  {t('incidents.addStatement')}
                </Button>
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
      <IncidentMentions incident={i} run={run} />
      <IncidentCustomers incident={i} run={run} />
      <Card size="small" title={t('incidents.timeline')}>
        <Timeline
          items={i.actions.map((a) => ({
            key: a.id,
            children: (
              <>
                <Typography.Text type="secondary">
                  {when.format(new Date(a.at))} · {a.actorName ?? ''}
                </Typography.Text>
                <div style={{ overflowWrap: 'anywhere' }}>
                  {a.kind === 'status'
                    ? t(`incidents.statuses.${a.body as 'active'}`, { defaultValue: a.body })
                    : a.kind === 'mention'
                      ? t('incidents.mentionLinked', { title: a.body })
                      : a.kind === 'mention_unlinked'
                        ? t('incidents.mentionUnlinked', { title: a.body })
                        : a.kind === 'customer'
                          ? t('incidents.customerLinked', {
                              name: a.body || t('incidents.someCustomer'),
                            })
                          : a.kind === 'customer_unlinked'
                            ? t('incidents.customerUnlinked', {
                                name: a.body || t('incidents.someCustomer'),
                              })
                            : a.body}
                </div>
              </>
            ),
          }))}
        />
        <Flex gap={8} wrap>
          <Input.TextArea
            rows={2}
            style={{ flex: 1, minWidth: 220 }}
            placeholder={t('incidents.notePlaceholder')}
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
            data-testid="incident-note"
          />
          <Button
            disabled={!note.trim()}
            onClick={() =>
              void run(() =>
                unwrap(client.POST('/incidents/{id}/notes', { ...path, body: { body: note } })),
              ).then((ok) => ok && setNote(''))
            }
          >
            {t('incidents.note')}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}
