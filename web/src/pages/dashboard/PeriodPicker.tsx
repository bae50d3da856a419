// 统计期: the period of the KPI dashboard and of the heat map, with the usual presets.
import { DatePicker, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { DATE } from './useDashboardQuery';

export function PeriodPicker({ from, to, onChange, testId }: { from: string; to: string; onChange: (period: { from: string; to: string }) => void; testId?: string }) {
  const t = useT();
  const range = useMemo<[Dayjs, Dayjs]>(() => [dayjs(from), dayjs(to)], [from, to]);
  const today = dayjs().startOf('day');
  const presets = [
    { label: t('dashboard.preset.month'), value: [today.startOf('month'), today] as [Dayjs, Dayjs] },
    { label: t('dashboard.preset.quarter'), value: [today.month(Math.floor(today.month() / 3) * 3).startOf('month'), today] as [Dayjs, Dayjs] },
    { label: t('dashboard.preset.year'), value: [today.startOf('year'), today] as [Dayjs, Dayjs] },
    { label: t('dashboard.preset.last12'), value: [today.subtract(12, 'month').add(1, 'day'), today] as [Dayjs, Dayjs] },
  ];
  return (
    <Space size={8}>
      <Typography.Text>{t('dashboard.period')}</Typography.Text>
      <DatePicker.RangePicker
        data-testid={testId}
        allowClear={false}
        value={range}
        presets={presets}
        onChange={(value) => {
          if (value?.[0] && value[1]) onChange({ from: value[0].format(DATE), to: value[1].format(DATE) });
        }}
      />
    </Space>
  );
}
