import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { languageOptions } from '../lib/languages.ts';

/**
 * The event's title once per language its guests read: each invitation shows the one in the
 * contact's language, else English. English and Chinese to start with; more can be added.
 */
export function TitleFields() {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const languages = useMemo(() => languageOptions(i18n.language), [i18n.language]);
  const wide = { gridColumn: '1 / -1' };
  return (
    <Form.List name="titles">
      {(fields, { add, remove }) => (
        <Flex vertical style={wide}>
          <Typography.Text style={{ marginBottom: 8 }}>{t('events.fields.titles')}</Typography.Text>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} align="start">
              <Form.Item name={[f.name, 'language']} style={{ width: phone ? 110 : 200 }}>
                <Select
                  showSearch={{
                    filterOption: (input, o) => !!o?.search.includes(input.toLowerCase()),
                  }}
                  options={languages}
                  aria-label={t('common.language')}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'text']} style={{ flex: 1 }}>
                <Input
                  placeholder={t('events.fields.titleIn')}
                  data-testid={`event-title-${i}`}
                  maxLength={200}
                />
              </Form.Item>
              {fields.length > 1 && (
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={t('common.delete')}
                />
              )}
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ language: undefined })}
            style={{ alignSelf: 'start', marginBottom: 16 }}
          >
            {t('events.addLanguage')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
