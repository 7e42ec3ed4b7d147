import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { DuplicatePair } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';

/** Candidate duplicate pairs with their evidence; merge either way, undo from the message. */
export function DuplicatesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const pairs = useQuery({
    queryKey: qk.duplicates(),
    queryFn: () => unwrap(client.GET('/duplicates')),
  });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: qk.duplicates() });
    void qc.invalidateQueries({ queryKey: qk.customers.all() });
  };
  const merge = async (keepId: string, mergeId: string) => {
    try {
      const r = await unwrap(client.POST('/duplicates/merge', { body: { keepId, mergeId } }));
      refresh();
      void message.success({
        content: (
          <Space>
            {t('duplicates.merged')}
            <Button
              size="small"
              onClick={() =>
                void unwrap(
                  client.POST('/merges/{id}/undo', { params: { path: { id: r.mergeId } } }),
                ).then(() => {
                  refresh();
                  void message.info(t('duplicates.undone'));
                })
              }
            >
              {t('duplicates.undo')}
            </Button>
          </Space>
        ),
        duration: 10,
      });
    } catch (err) {
      void message.error(String(err));
    }
  };
  const side = (c: DuplicatePair['a']) => (
    <Flex vertical style={{ flex: 1 }}>
      <Link to={`/customers/${c.id}`}>{c.name}</Link>
      {c.nativeName && <Typography.Text type="secondary">{c.nativeName}</Typography.Text>}
      <Typography.Text type="secondary">
        {flag(c.country)} {countryName(c.country, i18n.language)}
        {c.domain ? ` · ${c.domain}` : ''}
      </Typography.Text>
    </Flex>
  );
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1000 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('duplicates.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('duplicates.hint')}
      </Typography.Paragraph>
      <Card>
        <List
          loading={pairs.isPending}
          dataSource={pairs.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('duplicates.none')} /> }}
          renderItem={(p) => (
            <List.Item>
              <Flex vertical gap={8} style={{ width: '100%' }}>
                <Flex gap={16}>
                  {side(p.a)}
                  {side(p.b)}
                </Flex>
                <Space wrap>
                  <Typography.Text type="secondary">{t('duplicates.evidence')}:</Typography.Text>
                  {p.evidence.map((e) => (
                    <Tag key={`${e.kind}${e.key}`}>
                      {t(`duplicates.kinds.${e.kind}`)}: {e.key}
                    </Tag>
                  ))}
                </Space>
                <Space>
                  <Button onClick={() => void merge(p.a.id, p.b.id)}>
                    {t('duplicates.keepLeft')}
                  </Button>
                  <Button onClick={() => void merge(p.b.id, p.a.id)}>
                    {t('duplicates.keepRight')}
                  </Button>
                </Space>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
