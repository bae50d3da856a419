// 导入名单: template download, upload (.xlsx/.csv), and the report of every bad row when refused.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Table, Upload } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../api/client';
import { householdsApi, type ImportReportRow } from '../../../../api/households';
import { useErrorNotice } from '../../../../components/useErrorNotice';
import { getLocale, useT } from '../../../../i18n';

interface Refusal {
  message: string;
  fileError: string | null;
  rows: ImportReportRow[];
  badRows: number;
}

export function useHouseholdImport(caseId: string, onImported: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setRefusal(null);
    try {
      const r = await householdsApi.import(caseId, file);
      void message.success(t('households.imported', { count: r.imported, total: r.total }));
      onImported();
    } catch (error) {
      if (isApiError(error) && error.code === 'households_import_invalid') {
        const report = Array.isArray(error.details.report) ? (error.details.report as ImportReportRow[]) : [];
        setRefusal({ message: error.message, fileError: error.fields.file ?? null, rows: report, badRows: typeof error.details.badRows === 'number' ? error.details.badRows : 0 });
      } else notify(error);
    } finally {
      setBusy(false);
    }
  };

  const buttons = (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => void householdsApi.downloadTemplate().catch(notify)} data-testid="households-template">
        {t('households.template')}
      </Button>
      <Upload
        accept=".xlsx,.csv"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="households-import">
          {t('households.import')}
        </Button>
      </Upload>
    </>
  );

  const report = refusal ? (
    <Alert
      type="error"
      showIcon
      closable
      onClose={() => setRefusal(null)}
      data-testid="households-import-report"
      title={refusal.fileError ?? t('households.importFailed', { rows: refusal.badRows })}
      description={
        refusal.rows.length ? (
          <Table<ImportReportRow>
            size="small"
            rowKey={(r) => `${r.row}-${r.column}`}
            dataSource={refusal.rows}
            pagination={refusal.rows.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
            columns={[
              { title: t('households.report.row'), dataIndex: 'row', width: 70 },
              { title: t('households.report.column'), dataIndex: 'column', width: 120 },
              { title: t('households.report.message'), key: 'm', render: (_, r) => r.message[getLocale() === 'en' ? 'en' : 'zh-CN'] },
            ]}
          />
        ) : null
      }
    />
  ) : null;

  return { buttons, report };
}
