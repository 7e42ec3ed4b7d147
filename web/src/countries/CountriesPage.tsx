import { Flex, Input, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../api/client.ts';
import type { CountrySummary } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';
import { flag } from '../lib/countries.ts';

export function CountriesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const zh = i18n.language === 'zh-CN';
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: qk.countries(),
    queryFn: () => unwrap(client.GET('/countries')).then((r) => r.items),
    staleTime: 300_000,
  });
  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const all = list.data ?? [];
    return needle
      ? all.filter(
          (c) =>
            c.code.toLowerCase() === needle ||
            c.name.en.toLowerCase().includes(needle) ||
            c.name.zh.includes(needle),
        )
      : all;
  }, [list.data, q]);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('countries.title')}
      </Typography.Title>
      <Input.Search
        allowClear
        placeholder={t('countries.searchPlaceholder')}
        style={{ width: 320 }}
        onChange={(e) => setQ(e.target.value)}
        data-testid="country-search"
      />
      <Table<CountrySummary>
        rowKey="code"
        size="small"
        loading={list.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        onRow={(c) => ({
          onClick: () => void navigate(`/countries/${c.code}`),
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            title: t('customers.fields.country'),
            render: (_, c) => (
              <span>
                {flag(c.code)} {zh ? c.name.zh : c.name.en}{' '}
                <Typography.Text type="secondary">{c.code}</Typography.Text>
              </span>
            ),
          },
          {
            title: t('countries.holidays'),
            render: (_, c) =>
              c.hasHolidays ? (
                <Tag color="green">✓</Tag>
              ) : (
                <Tag>{t('countries.noHolidayData')}</Tag>
              ),
          },
          {
            title: t('countries.hofstede'),
            render: (_, c) => (
              <Tag color={c.hofstedeScores === 6 ? 'green' : c.hofstedeScores ? 'gold' : 'default'}>
                {t('countries.scoresCount', { count: c.hofstedeScores })}
              </Tag>
            ),
          },
          {
            title: t('countries.ownData'),
            render: (_, c) =>
              c.workspaceOverrides ? <Tag color="purple">{t('countries.ownData')}</Tag> : null,
          },
        ]}
      />
    </Flex>
  );
}
