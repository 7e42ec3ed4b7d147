import { App, Flex, Form, Input, Modal, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../api/client.ts';
import { applyFieldErrors } from '../lib/field-errors.ts';
import { languageOptions } from '../lib/languages.ts';
import { useIsPhone } from '../layout/useIsPhone.ts';
import { MergeFieldHelp } from './MergeFieldHelp.tsx';
import type { Template, TemplateBody } from './types.ts';

const EMPTY: TemplateBody = {
  name: '',
  defaultLanguage: 'en',
  variants: [{ language: 'en', subject: '', body: '' }],
};

/** Create or edit a template: a tab per language variant, ICU errors shown on their field. */
export function TemplateEditor(props: {
  editing: Template | 'new';
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const [form] = Form.useForm<TemplateBody>();
  const [active, setActive] = useState('0');
  const variants = Form.useWatch('variants', form) ?? [];
  const initial: TemplateBody =
    props.editing === 'new'
      ? EMPTY
      : {
          name: props.editing.name,
          description: props.editing.description,
          defaultLanguage: props.editing.defaultLanguage,
          variants: props.editing.variants.map(({ language, subject, body }) => ({
            language,
            subject,
            body,
          })),
        };
  const save = async (v: TemplateBody) => {
    try {
      if (props.editing === 'new') await unwrap(client.POST('/templates', { body: v }));
      else
        await unwrap(
          client.PATCH('/templates/{id}', { params: { path: { id: props.editing.id } }, body: v }),
        );
      void message.success(t('common.saved'));
      props.onSaved();
    } catch (err) {
      const rest = applyFieldErrors(form, err, t, {
        known: ['name', 'description', 'defaultLanguage', 'variants'],
      });
      // Show the first variant with a problem.
      const bad = form.getFieldsError().find((f) => f.errors.length && f.name[0] === 'variants');
      if (bad) setActive(String(bad.name[1]));
      if (rest.length) void message.error(rest.map((e) => e.message).join('; '));
    }
  };
  const used = new Set(variants.map((v) => v?.language));
  const options = languageOptions(i18n.language).filter((o) => !used.has(o.value));

  return (
    <Modal
      open
      width={phone ? '100%' : 820}
      title={props.editing === 'new' ? t('templates.add') : t('common.edit')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form<TemplateBody>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="name" label={t('templates.fields.name')} rules={[{ required: true }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="description" label={t('templates.fields.description')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="defaultLanguage" label={t('templates.fields.defaultLanguage')}>
          <Select
            options={variants
              .filter((v) => v?.language)
              .map((v) => ({ value: v.language, label: v.language }))}
          />
        </Form.Item>
        <Form.List name="variants">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              <Select
                showSearch
                value={null}
                placeholder={t('templates.addLanguage')}
                optionFilterProp="search"
                options={options}
                onChange={(language: string) => {
                  add({ language, subject: '', body: '' });
                  setActive(String(fields.length));
                }}
              />
              <Tabs
                type="editable-card"
                hideAdd
                activeKey={active}
                onChange={setActive}
                onEdit={(key, action) => {
                  if (action !== 'remove' || fields.length <= 1) return;
                  remove(Number(key));
                  setActive('0');
                }}
                items={fields.map((f) => ({
                  key: String(f.name),
                  label: variants[f.name]?.language ?? '',
                  closeIcon: fields.length > 1 ? undefined : false,
                  forceRender: true,
                  children: (
                    <>
                      <Form.Item name={[f.name, 'language']} hidden>
                        <Input />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'subject']}
                        label={t('templates.fields.subject')}
                        rules={[{ required: true }]}
                      >
                        <Input maxLength={300} />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'body']}
                        label={t('templates.fields.body')}
                        rules={[{ required: true }]}
                      >
                        <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={20000} />
                      </Form.Item>
                    </>
                  ),
                }))}
              />
            </Flex>
          )}
        </Form.List>
        <MergeFieldHelp />
      </Form>
    </Modal>
  );
}
