import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Tender } from './types.ts';

const COLORS = { won: 'green', lost: 'red', cancelled: 'default', no_bid: 'purple' } as const;

/** The result with its reasons, each in the reader's language. */
export function ResultTag({ tender }: { tender: Pick<Tender, 'result' | 'status' | 'reasons'> }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  if (!tender.result)
    return (
      <Tag color={tender.status === 'awaiting_result' ? 'gold' : 'processing'}>
        {t(`tenders.statuses.${tender.status}`)}
      </Tag>
    );
  return (
    <Space size={[4, 4]} wrap>
      <Tag color={COLORS[tender.result]}>{t(`tenders.results.${tender.result}`)}</Tag>
      {tender.reasons.map((r) => (
        <Tag key={r.id} variant="filled">
          {zh ? r.name.zh : r.name.en}
        </Tag>
      ))}
    </Space>
  );
}
