// Search and filters above a case list.
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Space } from 'antd';
import { CASE_STATUSES, CHANNELS, type CaseStatus, type Channel } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { channelKey, OPEN_STATUSES, statusKey } from '../shared/caseLabels';
import { useCategories } from '../shared/useCategories';
import type { CaseFilters } from './useCaseList';

interface CaseFilterBarProps {
  view: 'mine' | 'center';
  filters: CaseFilters;
  onChange: (patch: Partial<CaseFilters>) => void;
  onReload: () => void;
}

/** The same list as a spreadsheet: the server applies the same filters and the caller's scope. */
function exportUrl(view: 'mine' | 'center', f: CaseFilters, format: 'xlsx' | 'csv' = 'xlsx'): string {
  const params = new URLSearchParams({ format, view });
  // 我的待办 lists open cases unless a status is chosen; the export lists the same.
  const status = f.status ?? (view === 'mine' ? OPEN_STATUSES.join(',') : undefined);
  if (status) params.set('status', status);
  if (f.category) params.set('category', f.category);
  if (f.channel) params.set('channel', f.channel);
  if (f.overdue) params.set('overdue', 'true');
  if (f.q) params.set('q', f.q);
  return `/api/cases/export?${params.toString()}`;
}

export function CaseFilterBar({ view, filters, onChange, onReload }: CaseFilterBarProps) {
  const t = useT();
  const categories = useCategories();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        key={filters.q ?? ''}
        allowClear
        defaultValue={filters.q}
        placeholder={t('caseList.searchPlaceholder')}
        style={{ width: 280 }}
        onSearch={(q) => onChange({ q })}
        enterButton
        data-testid="case-search"
      />
      <Select<CaseStatus>
        allowClear
        placeholder={view === 'mine' ? t('caseList.statusOpen') : t('caseList.statusFilter')}
        style={{ width: 140 }}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        options={CASE_STATUSES.map((status) => ({ value: status, label: t(statusKey(status)) }))}
        data-testid="case-filter-status"
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('caseList.categoryFilter')}
        style={{ width: 160 }}
        value={filters.category}
        onChange={(category) => onChange({ category })}
        options={categories.top.map((category) => ({ value: category.code, label: categories.label(category) }))}
      />
      <Select<Channel>
        allowClear
        placeholder={t('caseList.channelFilter')}
        style={{ width: 150 }}
        value={filters.channel}
        onChange={(channel) => onChange({ channel })}
        options={CHANNELS.map((channel) => ({ value: channel, label: t(channelKey(channel)) }))}
      />
      <Checkbox checked={!!filters.overdue} onChange={(event) => onChange({ overdue: event.target.checked || undefined })} data-testid="case-filter-overdue">
        {t('caseList.overdueOnly')}
      </Checkbox>
      <Button icon={<ReloadOutlined />} onClick={onReload}>
        {t('common.refresh')}
      </Button>
      <Button icon={<DownloadOutlined />} href={exportUrl(view, filters)} data-testid="case-export">
        {t('caseList.export')}
      </Button>
      <Button icon={<DownloadOutlined />} href={exportUrl(view, filters, 'csv')} data-testid="case-export-csv">
        {t('caseList.exportCsv')}
      </Button>
    </Space>
  );
}
