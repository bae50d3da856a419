// The live check of the checklist being edited: how many items, the maximum score, and
// whether each threshold can be reached by the score (or only through "at least"
// answers). It watches the editor's form itself, so that typing re-renders only this.
import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { Alert, Form, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../../i18n';
import { levelKey } from '../riskLevel';
import { type ChecklistDraft, type Floor, reachable, summarize } from './checklistDraft';

const LEVELS: readonly Floor[] = ['medium', 'high'];

export function ChecklistSummary() {
  const t = useT();
  const form = Form.useFormInstance<ChecklistDraft>();
  const items = Form.useWatch('items', form);
  const thresholds = Form.useWatch('thresholds', form);
  const summary = useMemo(() => summarize({ items, thresholds }), [items, thresholds]);
  const verdicts = LEVELS.map((level) => ({ level, ok: reachable(summary, level) }));
  const line = ({ level, ok }: (typeof verdicts)[number]) => {
    const vars = { level: t(levelKey(level)), score: summary[level] ?? 0 };
    if (ok === null) return t('checklists.summary.unset', vars);
    if (ok) return t('checklists.summary.reachable', vars);
    return t('checklists.summary.unreachable', vars) + (summary.floors.has(level) ? t('checklists.summary.byFloor', vars) : '');
  };
  return (
    <Alert
      type={verdicts.every((v) => v.ok !== false) ? 'info' : 'warning'}
      data-testid="checklist-summary"
      title={
        <Space orientation="vertical" size={2}>
          <Typography.Text strong data-testid="checklist-summary-max">
            {t('checklists.summary.max', { count: summary.items, score: summary.maxScore })}
          </Typography.Text>
          {verdicts.map((v) => (
            <Typography.Text key={v.level} data-testid={`checklist-summary-${v.level}`} type={v.ok === null ? 'secondary' : v.ok ? 'success' : 'warning'}>
              {v.ok === false ? <WarningFilled /> : <CheckCircleFilled />} {line(v)}
            </Typography.Text>
          ))}
        </Space>
      }
    />
  );
}
