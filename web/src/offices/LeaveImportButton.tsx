import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, formBody, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';
import { translateRowError } from '../lib/row-problems.ts';

/**
 * The office manager's "Import leave": a CSV or XLSX sheet (person, kind, from, to, reason).
 * A refused sheet lists every problem by row and field, and nothing was recorded.
 */
export function LeaveImportButton({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[] | null>(null);

  const where = (path: string) => {
    const m = /^\/rows\/(\d+)\/(\w+)$/.exec(path);
    if (m) return t('offices.leaveImport.row', { line: m[1], field: t(`offices.leave.${m[2]}`) });
    return path === '/file/header' ? t('offices.leaveImport.header') : '';
  };
  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    try {
      const r = await unwrap(
        client.POST('/offices/{id}/leave/import', {
          params: { path: { id: officeId } },
          ...formBody(form),
        }),
      );
      void message.success(t('offices.leaveImport.done', r));
      void qc.invalidateQueries({ queryKey: qk.offices.all() });
    } catch (err) {
      if (err instanceof ApiError && err.errors.length)
        setProblems(
          err.errors.map((e) =>
            [where(e.path), translateRowError(e, t)].filter(Boolean).join(' · '),
          ),
        );
      else void message.error(err instanceof Error ? err.message : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Upload
        accept=".csv,.xlsx,.txt"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={busy} data-testid="leave-import">
          {t('offices.leaveImport.button')}
        </Button>
      </Upload>
      <Modal
        open={problems !== null}
        title={t('offices.leaveImport.refused')}
        onCancel={() => setProblems(null)}
        footer={null}
      >
        <Alert type="error" showIcon message={t('offices.leaveImport.nothingSaved')} />
        <ul data-testid="leave-import-problems" style={{ paddingLeft: 20, marginTop: 12 }}>
          {(problems ?? []).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
        <Typography.Paragraph type="secondary">
          {t('offices.leaveImport.format')}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
