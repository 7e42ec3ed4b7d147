import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A two-column form in a modal, saved with the modal's OK button. */
export function FormModal<T extends object>(props: {
  open: boolean;
  title: ReactNode;
  form: FormInstance<T>;
  initialValues: Partial<T>;
  onFinish: (values: T) => void | Promise<void>;
  onClose: () => void;
  saving: boolean;
  width: number;
  saveTestId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={props.onClose}
      onOk={() => props.form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={props.saving}
      width={props.width}
      destroyOnHidden
      okButtonProps={{ 'data-testid': props.saveTestId }}
    >
      <Form
        form={props.form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={props.onFinish}
        preserve={false}
        style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}
      >
        {props.children}
      </Form>
    </Modal>
  );
}
