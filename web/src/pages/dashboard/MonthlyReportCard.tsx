// 月报: a center's monthly report as .xlsx or .docx (GET /api/reports/monthly). A refusal
// (a future month, a center the caller does not run) shows the server's message.
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { orgApi } from '../../api/org';
import { type ReportFormat, reportsApi } from '../../api/reports';
import type { OrgUnit } from '../../api/types';
import { useAuth } from '../../auth';
import { useT } from '../../i18n';
import { ErrorAlert } from './ErrorAlert';

/** Roles that may take a center's report (the server decides; this only avoids offering a refusal). */
const REPORT_ROLES = ['admin', 'director', 'dispatcher'];

export function MonthlyReportCard() {
  const t = useT();
  const { user } = useAuth();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().subtract(1, 'month').startOf('month'));
  const [centers, setCenters] = useState<OrgUnit[]>([]);
  const [centerId, setCenterId] = useState<string | undefined>();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    // Staff of a center report on their own center; those above the centers (the district) on any.
    const own = (user?.roles ?? []).filter((r) => r.unitKind === 'center' && REPORT_ROLES.includes(r.role)).map((r) => r.unitId);
    orgApi.byKind('center', undefined, controller.signal).then(
      (list) => {
        const offered = own.length ? list.items.filter((c) => own.includes(c.id)) : list.items;
        setCenters(offered);
        setCenterId((prev) => prev ?? offered[0]?.id);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [user]);

  const download = async (format: ReportFormat) => {
    setBusy(format);
    setError(null);
    try {
      await reportsApi.downloadMonthly(month.format('YYYY-MM'), format, centerId);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card size="small" title={t('dashboard.monthly.title')} style={{ height: '100%' }} data-testid="monthly-report-card">
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('dashboard.monthly.hint')}
        </Typography.Text>
        <Space wrap>
          <DatePicker
            picker="month"
            allowClear={false}
            value={month}
            onChange={(v) => v && setMonth(v.startOf('month'))}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
            data-testid="monthly-report-month"
          />
          {centers.length > 1 ? (
            <Select style={{ width: 220 }} value={centerId} onChange={setCenterId} options={centers.map((c) => ({ value: c.id, label: c.name }))} data-testid="monthly-report-center" />
          ) : null}
        </Space>
        <Space wrap>
          <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')} data-testid="monthly-report-xlsx">
            {t('dashboard.monthly.xlsx')}
          </Button>
          <Button icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => void download('docx')} data-testid="monthly-report-docx">
            {t('dashboard.monthly.docx')}
          </Button>
        </Space>
        {error ? <ErrorAlert error={error} testId="monthly-report-error" /> : null}
      </Space>
    </Card>
  );
}
