import { Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomFields, useNameOf } from '../api/queries.ts';
import type { Customer } from '../api/models.ts';
import { countryName } from '../lib/countries.ts';
import { formatDate, formatDateTime, languageNames } from '../lib/format.ts';
import { regionLabel, useRegions } from '../countries/regions.ts';
import { ZoneSourceNote } from './ZoneSourceNote.tsx';

/** The customer's record: where, who, how big, whose; then the workspace's own fields. */
export function CustomerProfileCard({ customer: c }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const names = useNameOf();
  const fields = useCustomFields().data ?? [];
  const dash = t('common.none');
  return (
    <Card title={t('customers.profile')} style={{ overflowWrap: 'anywhere' }}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('customers.fields.country')}>
          {countryName(c.country, i18n.language)} ({c.country})
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.region')}>
          {c.region ? <RegionName country={c.country} code={c.region} /> : dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.city')}>{c.city ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.timeZone')}>
          <Space orientation="vertical" size={0}>
            {c.timeZone ?? dash}
            <ZoneSourceNote customer={c} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.website')}>
          {c.website ? (
            <a href={c.website} target="_blank" rel="noreferrer">
              {c.website}
            </a>
          ) : (
            dash
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.domain')}>
          {c.domain ?? dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.industry')}>
          {c.industry ?? dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.size')}>{c.size ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.foundedOn')}>
          {c.foundedOn ?? dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.customerSince')}>
          {c.customerSince ?? dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.languages')}>
          {languageNames(c.languages, i18n.language) || dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.currency')}>
          {c.currency ?? dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.source')}>
          {c.source ?? dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.owner')}>
          {names.user(c.ownerId)}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.team')}>
          {names.team(c.teamId)}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.createdAt')}>
          {formatDateTime(c.createdAt, i18n.language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.updatedAt')}>
          {formatDateTime(c.updatedAt, i18n.language)}
        </Descriptions.Item>
      </Descriptions>
      {fields.length > 0 && (
        <Descriptions
          title={t('customers.customFields')}
          column={{ xs: 1, md: 2 }}
          size="small"
          style={{ marginTop: 16 }}
        >
          {fields.map((f) => (
            <Descriptions.Item key={f.key} label={f.label}>
              {f.type === 'date' && typeof c.customFields[f.key] === 'string'
                ? formatDate(String(c.customFields[f.key]), i18n.language)
                : String(c.customFields[f.key] ?? dash)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}

/** The customer's region by name (苏格兰 (SCT)) where the holiday data knows it. */
function RegionName({ country, code }: { country: string; code: string }) {
  return <span data-testid="customer-region-name">{regionLabel(useRegions(country), code)}</span>;
}
