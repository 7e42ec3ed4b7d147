import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import type { Playbook } from './api.ts';

type Item = Playbook['items'][number];

/** The scores behind a rule: a level against its threshold, or the gap to headquarters. */
function TriggerTag({ item }: { item: Item }) {
  const { t } = useTranslation();
  const tr = item.trigger;
  return (
    <Tag>
      {tr.kind === 'level'
        ? t('offices.playbook.level', {
            level: t(`offices.playbook.${tr.level}`),
            score: tr.score,
            threshold: tr.threshold,
          })
        : t('offices.playbook.gap', { score: tr.score, hq: tr.hqScore, gap: tr.gap })}
    </Tag>
  );
}

/** Leading the office's team: rules fired by the six dimensions, office vs headquarters. */
export function PlaybookCard({ officeId }: { officeId: string }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const pick = (b: { en: string; zh: string }) => (zh ? b.zh : b.en);
  const book = useQuery({
    queryKey: qk.offices.playbook(officeId),
    queryFn: () =>
      unwrap(client.GET('/offices/{id}/playbook', { params: { path: { id: officeId } } })),
  });
  if (!book.data) return <Spin />;
  const b = book.data;
  return (
    <Flex vertical gap={12} data-testid="office-playbook">
      <Typography.Text type="secondary">
        {t('offices.playbook.versus', { office: b.office, hq: b.hq })}
      </Typography.Text>
      {b.missing.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="playbook-missing"
          message={t('offices.playbook.missing')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {b.missing.map((m) => (
                <li key={`${m.side}-${m.dimension}`}>{pick(m.note)}</li>
              ))}
            </ul>
          }
        />
      )}
      <Card size="small" title={t('offices.playbook.title')}>
        <List
          dataSource={b.items}
          locale={{ emptyText: <Empty description={t('offices.playbook.empty')} /> }}
          renderItem={(item) => (
            <List.Item data-testid="playbook-rule">
              <Flex vertical gap={4}>
                <Space wrap size={4}>
                  <Typography.Text strong>{pick(item.contextName)}</Typography.Text>
                  <Tag color="blue">{pick(item.dimensionName)}</Tag>
                  <TriggerTag item={item} />
                </Space>
                <Typography.Text>
                  <Tag color="green">{t('offices.playbook.do')}</Tag>
                  {pick(item.do)}
                </Typography.Text>
                <Typography.Text>
                  <Tag color="red">{t('offices.playbook.avoid')}</Tag>
                  {pick(item.avoid)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {pick(b.disclaimer)} · {t('offices.playbook.source')}: {b.source}
      </Typography.Text>
    </Flex>
  );
}
