import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { qk } from '../api/query-keys.ts';
import { countryName, flag } from '../lib/countries.ts';
import { fetchRound, languageLabel } from './api.ts';

/** A round's planned surveys in the caller's scope: who, in which language, when, the link. */
export function RoundSurveys({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: qk.feedback.round(id), queryFn: () => fetchRound(id) });
  return (
    <Table
      rowKey="id"
      size="small"
      loading={q.isPending}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      dataSource={q.data?.surveys ?? []}
      locale={{ emptyText: t('feedback.rounds.noSurveys') }}
      columns={[
        { title: t('feedback.rounds.customer'), dataIndex: 'customerName' },
        {
          title: t('feedback.groupBy.country'),
          render: (_, s) => `${flag(s.country)} ${countryName(s.country, i18n.language)}`,
        },
        { title: t('common.language'), render: (_, s) => languageLabel(s.language, i18n.language) },
        {
          title: t('feedback.rounds.localSend'),
          render: (_, s) => `${s.plannedLocal} (${s.timeZone})`,
        },
        {
          title: t('feedback.rounds.mailColumn'),
          render: (_, s) =>
            t(`feedback.rounds.mailStatus.${s.mailStatus ?? 'none'}`, { error: s.mailError ?? '' }),
        },
        {
          title: t('feedback.rounds.link'),
          render: (_, s) => (
            <Typography.Text copyable={{ text: `${window.location.origin}${s.link}` }}>
              {s.score === null ? t('feedback.rounds.notAnswered') : `${s.score} / 10`}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
