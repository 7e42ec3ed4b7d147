import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  List,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../api/client.ts';
import { useSegments } from '../api/queries.ts';
import type { SavedSegment } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { emptyGroup, GroupEditor, isGroup, type Group } from './GroupEditor.tsx';
import { SegmentCustomers } from './SegmentCustomers.tsx';
import { translateFieldError } from '../lib/field-errors.ts';

interface Draft {
  id: string | null;
  name: string;
  description: string;
  filter: Group;
}

const NO_VALUE = ['is_empty', 'is_not_empty'];

function waitsForValue(g: Group): boolean {
  return g.conditions.some((c) => {
    if (isGroup(c)) return waitsForValue(c);
    if (NO_VALUE.includes(c.op)) return false;
    const v = c.value;
    return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  });
}

const emptyDraft = (): Draft => ({ id: null, name: '', description: '', filter: emptyGroup() });

/** Saved segments: a list, a builder with a live count, and the segment's customers. */
export function SegmentsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [count, setCount] = useState<{
    n?: number;
    error?: string;
    busy: boolean;
    incomplete?: boolean;
  }>({
    busy: false,
  });
  const [saving, setSaving] = useState(false);
  const segments = useSegments();
  const catalogue = useQuery({
    queryKey: qk.segmentFields(),
    queryFn: () => unwrap(client.GET('/segments/fields')),
  });
  const filter = draft.filter;
  const filterKey = JSON.stringify(filter);

  // Live count, debounced: the server validates, so its message is shown as is.
  useEffect(() => {
    // A condition still waiting for its value is not an error yet: say what is missing instead.
    if (waitsForValue(JSON.parse(filterKey) as Group)) {
      setCount({ busy: false, incomplete: true });
      return;
    }
    let stale = false;
    setCount((c) => ({ ...c, busy: true }));
    const timer = setTimeout(() => {
      unwrap(client.POST('/segments/preview', { body: { filter: JSON.parse(filterKey) as Group } }))
        .then((r) => !stale && setCount({ n: r.count, busy: false }))
        .catch((err: unknown) => {
          if (stale) return;
          const first = err instanceof ApiError ? err.errors[0] : undefined;
          setCount({
            busy: false,
            error: first
              ? `${first.path.replace('/filter/conditions/', '#')} ${translateFieldError(first, t)}`
              : String(err),
          });
        });
    }, 400);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [filterKey]);

  const open = (s: SavedSegment) =>
    setDraft({
      id: s.id,
      name: s.name,
      description: s.description ?? '',
      filter: s.filter,
    });

  const save = async () => {
    setSaving(true);
    try {
      const body = { name: draft.name, description: draft.description || null, filter };
      const saved = draft.id
        ? await unwrap(client.PATCH('/segments/{id}', { params: { path: { id: draft.id } }, body }))
        : await unwrap(client.POST('/segments', { body }));
      void message.success(t('segments.saved'));
      setDraft((d) => ({ ...d, id: saved.id }));
      await qc.invalidateQueries({ queryKey: qk.segments() });
      await qc.invalidateQueries({ queryKey: qk.segmentCustomers(saved.id) });
    } catch (err) {
      const first = err instanceof ApiError ? err.errors[0] : undefined;
      void message.error(first ? `${first.path}: ${translateFieldError(first, t)}` : String(err));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!draft.id) return;
    try {
      await unwrap(client.DELETE('/segments/{id}', { params: { path: { id: draft.id } } }));
      setDraft(emptyDraft());
      await qc.invalidateQueries({ queryKey: qk.segments() });
    } catch (err) {
      void message.error(
        err instanceof ApiError && err.status === 409 ? t('segments.inUse') : String(err),
      );
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('segments.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('segments.hint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={7}>
          <Card
            title={t('segments.title')}
            extra={
              <Button size="small" icon={<PlusOutlined />} onClick={() => setDraft(emptyDraft())}>
                {t('segments.new')}
              </Button>
            }
          >
            <List
              loading={segments.isPending}
              dataSource={segments.data ?? []}
              locale={{ emptyText: <Empty description={t('segments.empty')} /> }}
              renderItem={(s) => (
                <List.Item
                  onClick={() => open(s)}
                  style={{
                    cursor: 'pointer',
                    background: s.id === draft.id ? 'rgba(22,119,255,0.08)' : undefined,
                    paddingInline: 8,
                  }}
                >
                  <List.Item.Meta title={s.name} description={s.description} />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={17}>
          <Flex vertical gap={16}>
            <Card>
              <Flex vertical gap={12}>
                <Space wrap>
                  <Input
                    placeholder={t('segments.name')}
                    value={draft.name}
                    style={{ width: 260 }}
                    onChange={(e) => setDraft({ ...draft, name: e.target.value })}
                  />
                  <Input
                    placeholder={t('segments.description')}
                    value={draft.description}
                    style={{ width: 360 }}
                    onChange={(e) => setDraft({ ...draft, description: e.target.value })}
                  />
                </Space>
                {catalogue.data ? (
                  <GroupEditor
                    value={draft.filter}
                    catalogue={catalogue.data}
                    onChange={(next) => setDraft((d) => ({ ...d, filter: next }))}
                  />
                ) : (
                  <Skeleton active paragraph={{ rows: 2 }} />
                )}
                {count.error ? (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('segments.fixFilter', { message: count.error })}
                  />
                ) : (
                  <Typography.Text strong data-testid="segment-count">
                    {count.incomplete
                      ? t('segments.incomplete')
                      : count.busy || count.n === undefined
                        ? t('segments.counting')
                        : t('segments.count', { count: count.n })}
                  </Typography.Text>
                )}
                <Space>
                  <Button
                    type="primary"
                    loading={saving}
                    disabled={!draft.name.trim() || !!count.error || !!count.incomplete}
                    onClick={() => void save()}
                  >
                    {t('common.save')}
                  </Button>
                  {draft.id && (
                    <Popconfirm title={t('common.confirmDelete')} onConfirm={() => void remove()}>
                      <Button danger>{t('common.delete')}</Button>
                    </Popconfirm>
                  )}
                </Space>
              </Flex>
            </Card>
            {draft.id && <SegmentCustomers segmentId={draft.id} />}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
