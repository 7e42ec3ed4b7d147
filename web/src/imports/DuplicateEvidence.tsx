import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicatePair } from '../api/models.ts';

type Evidence = DuplicatePair['evidence'][number];

const COLOR: Record<Evidence['kind'], string> = {
  domain: 'green',
  email: 'green',
  phone: 'blue',
  name: 'default',
};

/** How sure the pair is, from the server's evidence score (domain/email 100, phone 10, name 1). */
export function StrengthTag({ score }: { score: number }) {
  const { t } = useTranslation();
  if (score >= 100) return <Tag color="volcano">{t('duplicates.strength.strong')}</Tag>;
  if (score >= 10) return <Tag color="orange">{t('duplicates.strength.medium')}</Tag>;
  return <Tag>{t('duplicates.strength.weak')}</Tag>;
}

/**
 * What the two customers share, as a sentence per kind in each customer's own spelling
 * ("Same phone +966 50 123 4567", "Similar name: Al Rajhi Trading / الراجحي للتجارة").
 */
export function DuplicateEvidence({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTranslation();
  const say = (e: Evidence) => {
    const same = e.a.trim().toLowerCase() === e.b.trim().toLowerCase();
    if (e.kind === 'name')
      return same
        ? t('duplicates.evidence.nameSame', { value: e.a })
        : t('duplicates.evidence.name', { a: e.a, b: e.b });
    const value = same ? e.a : t('duplicates.evidence.differs', { a: e.a, b: e.b });
    return t(`duplicates.evidence.${e.kind}`, { value });
  };
  return (
    <Space wrap size={[4, 4]} data-testid="duplicate-evidence">
      {evidence.map((e) => (
        <Tag key={`${e.kind}|${e.a}|${e.b}`} color={COLOR[e.kind]}>
          {say(e)}
        </Tag>
      ))}
    </Space>
  );
}
