import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  List,
  Pagination,
  Popconfirm,
  Space,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, client, unwrap } from '../api/client.ts';
import type { DuplicatePair } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import { translateFieldError } from '../lib/field-errors.ts';
import { DuplicateEvidence, StrengthTag } from './DuplicateEvidence.tsx';

const PAGE_SIZE = 20;

/**
 * Candidate duplicate pairs, surest first, a page at a time, with their evidence in words;
 * merge either way (undo from the message) or mark the two as different companies.
 */
export function DuplicatesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const pairs = useQuery({
    queryKey: qk.duplicates(page),
    queryFn: () =>
      unwrap(client.GET('/duplicates', { params: { query: { page, pageSize: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  const total = pairs.data?.total ?? 0;
  // A merge or dismissal can empty the last page: step back to the new last one.
  useEffect(() => {
    const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (pairs.data && page > last) setPage(last);
  }, [pairs.data, total, page]);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: qk.duplicates() });
    void qc.invalidateQueries({ queryKey: qk.customers.all() });
  };
  const fail = (err: unknown) =>
    void message.error(
      err instanceof ApiError && err.errors[0]
        ? translateFieldError(err.errors[0], t)
        : err instanceof Error
          ? err.message
          : String(err),
    );
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
                }, fail)
              }
            >
              {t('duplicates.undo')}
            </Button>
          </Space>
        ),
        duration: 10,
      });
    } catch (err) {
      fail(err);
    }
  };
  const dismiss = async (aId: string, bId: string) => {
    try {
      await unwrap(client.POST('/duplicates/dismiss', { body: { aId, bId } }));
      void qc.invalidateQueries({ queryKey: qk.duplicates() });
      void message.success(t('duplicates.dismissed'));
    } catch (err) {
      fail(err);
    }
  };
  const side = (c: DuplicatePair['a']) => (
    <Flex vertical style={{ flex: 1, minWidth: 0 }}>
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
          loading={pairs.isPending || pairs.isPlaceholderData}
          dataSource={pairs.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('duplicates.none')} /> }}
          renderItem={(p) => (
            <List.Item data-testid="duplicate-pair">
              <Flex vertical gap={8} style={{ width: '100%' }}>
                <Flex gap={16} align="start">
                  <StrengthTag score={p.score} />
                  {side(p.a)}
                  {side(p.b)}
                </Flex>
                <DuplicateEvidence evidence={p.evidence} />
                <Space wrap>
                  <Button onClick={() => void merge(p.a.id, p.b.id)}>
                    {t('duplicates.keepLeft')}
                  </Button>
                  <Button onClick={() => void merge(p.b.id, p.a.id)}>
                    {t('duplicates.keepRight')}
                  </Button>
                  <Popconfirm
                    title={t('duplicates.dismissConfirm')}
                    okText={t('common.yes')}
                    cancelText={t('common.no')}
                    onConfirm={() => dismiss(p.a.id, p.b.id)}
                  >
                    <Button type="text">{t('duplicates.dismiss')}</Button>
                  </Popconfirm>
                </Space>
              </Flex>
            </List.Item>
          )}
        />
        {total > 0 && (
          <Flex justify="end" style={{ marginTop: 16 }}>
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={total}
              showSizeChanger={false}
              showTotal={(n) => t('duplicates.total', { count: n })}
              onChange={(p) => {
                setPage(p);
                window.scrollTo({ top: 0 });
              }}
            />
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
