// Picks one of the user's centers; hidden when there is only one.
import { Select } from 'antd';
import type { DutyCenter } from '../../api/staffing';
import { useT } from '../../i18n';

export function CenterSelect({ centers, value, onChange }: { centers: DutyCenter[]; value: string | undefined; onChange: (id: string) => void }) {
  const t = useT();
  if (centers.length < 2) return null;
  return (
    <Select
      aria-label={t('staffing.center')}
      value={value}
      onChange={onChange}
      options={centers.map((c) => ({ value: c.id, label: c.name }))}
      style={{ minWidth: 220 }}
      data-testid="center-select"
    />
  );
}
