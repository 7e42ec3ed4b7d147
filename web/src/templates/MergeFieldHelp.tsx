import { Collapse, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MERGE_FIELDS } from './types.ts';

/** The merge fields a template may name, with what each holds, and a whole-sentence example. */
export function MergeFieldHelp() {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'help',
          label: t('templates.merge.title'),
          children: (
            <Flex vertical gap={8}>
              <Typography.Paragraph style={{ margin: 0 }}>
                {t('templates.merge.intro')}
              </Typography.Paragraph>
              <Typography.Text code style={{ whiteSpace: 'pre-wrap' }}>
                {t('templates.merge.example')}
              </Typography.Text>
              {MERGE_FIELDS.map((f) => (
                <Flex key={f.name} gap={8} wrap align="baseline">
                  <Typography.Text code copyable={{ text: `{${f.name}}` }}>
                    {`{${f.name}}`}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t(`templates.merge.fields.${f.name}` as 'templates.merge.fields.customerName')}
                  </Typography.Text>
                  {f.optional && <Tag>{t('templates.merge.optional')}</Tag>}
                </Flex>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
