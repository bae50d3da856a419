// 风险清单版本 on the 回访规则 page: every published version, each open to read, and
// 发布新版本 beside the active one. It loads its own list, so that publishing reloads
// the versions without touching unsaved edits of the rules above it.
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { type Checklist, riskApi } from '../../../api/risk';
import { useLatestLoad } from '../../../components/useLatestLoad';
import { useLocale, useT } from '../../../i18n';
import { formatTime } from '../../cases/shared/format';
import { ChecklistEditorDrawer } from './ChecklistEditorDrawer';
import { ChecklistVersionView } from './ChecklistVersionView';

export function ChecklistVersionsCard() {
  const t = useT();
  const { locale } = useLocale();
  const [checklists, setChecklists] = useState<Checklist[]>([]);
  const [viewing, setViewing] = useState<Checklist | null>(null);
  const [editing, setEditing] = useState<Checklist | null>(null);
  const run = useCallback(async (signal: AbortSignal) => setChecklists((await riskApi.checklists(undefined, signal)).items), []);
  const { loading, load } = useLatestLoad(run);

  return (
    <Card variant="borderless" title={t('followup.policy.checklists')} data-testid="checklist-versions">
      <Typography.Paragraph type="secondary">{t('followup.policy.checklistsHint')}</Typography.Paragraph>
      <List
        size="small"
        loading={loading}
        dataSource={checklists}
        renderItem={(c) => (
          <List.Item
            key={c.id}
            data-testid={`checklist-version-${c.code}-${c.version}`}
            actions={[
              <Button key="view" type="link" size="small" onClick={() => setViewing(c)} data-testid={`checklist-view-${c.code}-${c.version}`}>
                {t('checklists.view')}
              </Button>,
              ...(c.active
                ? [
                    <Button key="publish" type="primary" size="small" onClick={() => setEditing(c)} data-testid={`checklist-publish-${c.code}`}>
                      {t('checklists.publish')}
                    </Button>,
                  ]
                : []),
            ]}
          >
            <Space wrap size={6}>
              <Typography.Text strong>{t('riskForm.version', { name: locale === 'en' ? c.nameEn : c.name, version: c.version })}</Typography.Text>
              {c.active ? (
                <Tag color="green" data-testid="checklist-active">
                  {t('followup.policy.active')}
                </Tag>
              ) : null}
              <Typography.Text type="secondary">
                {t('followup.policy.itemCount', { count: c.items.length })} · {t('followup.policy.thresholds', c.thresholds)} · {formatTime(c.createdAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <ChecklistVersionView checklist={viewing} onClose={() => setViewing(null)} />
      <ChecklistEditorDrawer
        base={editing}
        onClose={() => setEditing(null)}
        onPublished={() => {
          setEditing(null);
          void load();
        }}
      />
    </Card>
  );
}
