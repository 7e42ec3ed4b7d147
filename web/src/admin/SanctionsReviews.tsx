import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  List,
  Modal,
  Segmented,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { uploadProblem } from '../lib/row-problems.ts';

type Review = ResponseOf<'/sanctions/reviews'>['items'][number];
type Status = Review['status'];
const STATUSES: Status[] = ['open', 'confirmed', 'dismissed'];

/** A name with the words that matched marked, so the reviewer sees why it is a hit. */
function Marked({ text, words }: { text: string; words: Set<string> }) {
  return (
    <span>
      {text
        .split(/(\s+)/)
        .map((w, i) => (words.has(w) ? <mark key={i}>{w}</mark> : <span key={i}>{w}</span>))}
    </span>
  );
}

/** The review queue: each hit with its matched parts; confirm (with a reason) or dismiss. */
export function SanctionsReviews() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [status, setStatus] = useState<Status>('open');
  const [confirming, setConfirming] = useState<Review | null>(null);
  const [reason, setReason] = useState('');
  const reviews = useInfiniteQuery({
    queryKey: qk.sanctionsReviews(status),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/sanctions/reviews', { params: { query: { status, cursor: pageParam } } }),
      ),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = useMemo(() => reviews.data?.pages.flatMap((p) => p.items) ?? [], [reviews.data]);

  const decide = async (r: Review, decision: 'confirm' | 'dismiss', why?: string) => {
    try {
      await unwrap(
        client.POST('/sanctions/reviews/{id}/decision', {
          params: { path: { id: r.id } },
          body: { decision, ...(why ? { reason: why } : {}) },
        }),
      );
      void message.success(
        t(decision === 'confirm' ? 'sanctions.confirmed' : 'sanctions.dismissed'),
      );
      setConfirming(null);
      setReason('');
      void qc.invalidateQueries({ queryKey: ['sanctions', 'reviews'] });
    } catch (err) {
      void message.error(uploadProblem(err, t));
    }
  };

  return (
    <Card
      title={t('sanctions.queue')}
      size="small"
      extra={
        <Segmented
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`sanctions.statuses.${s}`) }))}
        />
      }
    >
      <List
        loading={reviews.isLoading}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t('sanctions.noReviews')} /> }}
        renderItem={(r) => {
          const mine = new Set(r.matchedOn.tokens.map((p) => p.query));
          const theirs = new Set(r.matchedOn.tokens.map((p) => p.entry));
          return (
            <List.Item
              actions={
                r.status === 'open'
                  ? [
                      <Button key="c" danger size="small" onClick={() => setConfirming(r)}>
                        {t('sanctions.confirm')}
                      </Button>,
                      <Button key="d" size="small" onClick={() => void decide(r, 'dismiss')}>
                        {t('sanctions.dismiss')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Typography.Text strong>
                  <Marked text={r.subjectName} words={mine} /> →{' '}
                  <Marked text={r.entryName} words={theirs} />
                </Typography.Text>
                <Space wrap size={4}>
                  <Tag color={r.score >= 0.95 ? 'red' : 'orange'}>
                    {t('sanctions.score')} {Math.round(r.score * 100)}%
                  </Tag>
                  <Tag>
                    {t('sanctions.customer')}: {r.customerName}
                  </Tag>
                  {r.matchedOn.country && (
                    <Tag>{t(`sanctions.country.${r.matchedOn.country}`)}</Tag>
                  )}
                  {r.matchedOn.birthDate && (
                    <Tag>{t(`sanctions.birthDate.${r.matchedOn.birthDate}`)}</Tag>
                  )}
                  <Tag>{t(`sanctions.sources.${r.source}`, { defaultValue: r.source })}</Tag>
                </Space>
                {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
              </Flex>
            </List.Item>
          );
        }}
      />
      {reviews.hasNextPage && (
        <Button
          block
          onClick={() => void reviews.fetchNextPage()}
          loading={reviews.isFetchingNextPage}
        >
          {t('sanctions.more')}
        </Button>
      )}
      <Modal
        open={!!confirming}
        title={t('sanctions.confirm')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        okText={t('sanctions.confirm')}
        onOk={() => confirming && void decide(confirming, 'confirm', reason.trim())}
        onCancel={() => setConfirming(null)}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          placeholder={t('sanctions.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {!reason.trim() && (
          <Typography.Text type="secondary">{t('sanctions.reasonRequired')}</Typography.Text>
        )}
      </Modal>
    </Card>
  );
}
