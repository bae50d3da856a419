// 涉众预警 on the case page: each signal (same respondent, same compound) with the cases
// behind it that the user may see (others only counted), checkboxes, and 合并为涉众案件
// — or 并入 an existing group case the related cases were already gathered into.
import { AlertOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Case } from '../../../../api/caseTypes';
import { massDisputeApi, type MassSignal, type MassSignalCase, type MassWarning } from '../../../../api/massDispute';
import { hasAnyRole, useAuth } from '../../../../auth';
import { useT } from '../../../../i18n';
import { OPEN_STATUSES, STATUS_COLORS, statusKey } from '../../shared/caseLabels';
import { formatTime } from '../../shared/format';
import { MassReasonModal } from './MassReasonModal';

const GATHER_ROLES = ['admin', 'director', 'dispatcher'] as const;

/** A case that can still be gathered: open and in no group. */
const gatherable = (c: MassSignalCase) => c.groupId === null && OPEN_STATUSES.includes(c.status);

export function MassWarningCard({ current, onChanged }: { current: Case; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { user } = useAuth();
  const canGather = hasAnyRole(user, GATHER_ROLES);
  const [warning, setWarning] = useState<MassWarning | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [modal, setModal] = useState<{ kind: 'gather' } | { kind: 'join'; groupId: string; code: string } | null>(null);

  // Asked again whenever the case changes (a new version may have joined or left a group).
  useEffect(() => {
    const controller = new AbortController();
    massDisputeApi
      .warning(current.id, controller.signal)
      .then((next) => {
        setWarning(next);
        // Preselected: every case of the warning signals that can still be gathered.
        setSelected(new Set(next.signals.filter((s) => s.warn).flatMap((s) => s.cases.filter(gatherable).map((c) => c.id))));
      })
      // The warning is advisory: the case page works without it.
      .catch(() => setWarning(null));
    return () => controller.abort();
  }, [current.id, current.version]);

  const codeOf = useMemo(() => new Map((warning?.signals ?? []).flatMap((s) => s.cases.map((c) => [c.id, c.code] as const))), [warning]);
  const shown = (warning?.signals ?? []).filter((s) => s.reached);
  if (!warning || shown.length === 0 || current.isGroup) return null;

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const thisCaseGatherable = current.group == null && OPEN_STATUSES.includes(current.status);
  const openGroups = new Map(shown.flatMap((s) => s.groups.filter((g) => OPEN_STATUSES.includes(g.status)).map((g) => [g.id, g] as const)));

  const signalBlock = (s: MassSignal) => (
    <div key={s.key} className="mass-signal" data-testid={`mass-signal-${s.kind}`}>
      <Alert
        type={s.warn ? 'error' : 'info'}
        showIcon
        title={
          <Space size={6} wrap>
            <Tag color={s.warn ? 'red' : 'default'}>{t(`massDispute.signal.${s.kind}`)}</Tag>
            <Typography.Text strong>{s.reason}</Typography.Text>
            {!s.warn ? <Tag>{t('massDispute.allGathered')}</Tag> : null}
          </Space>
        }
        description={
          s.groups.length > 0 ? (
            <Space size={4} wrap>
              {t('massDispute.groups')}
              {s.groups.map((g) => (
                <Link key={g.id} to={`/cases/${encodeURIComponent(g.id)}`}>
                  {g.code}
                </Link>
              ))}
            </Space>
          ) : undefined
        }
        style={{ marginBottom: 8 }}
      />
      <Table<MassSignalCase>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={s.cases}
        columns={[
          {
            key: 'pick',
            width: 36,
            render: (_, c) => (
              <Checkbox
                checked={selected.has(c.id)}
                disabled={!canGather || !gatherable(c)}
                onChange={(e) => toggle(c.id, e.target.checked)}
                aria-label={c.code}
                data-testid="mass-pick"
              />
            ),
          },
          {
            title: t('massDispute.col.case'),
            key: 'case',
            render: (_, c) => (
              <Space size={4} wrap>
                {c.id === current.id ? <Typography.Text strong>{c.code}</Typography.Text> : <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.code}</Link>}
                {c.id === current.id ? <Tag color="blue">{t('massDispute.thisCase')}</Tag> : null}
                {c.groupId ? <Tag color="purple">{t('massDispute.gatheredTag')}</Tag> : null}
                <Typography.Text type="secondary" ellipsis={{ tooltip: c.title }} style={{ maxWidth: 280 }}>
                  {c.title}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('massDispute.col.status'), key: 'status', width: 90, render: (_, c) => <Tag color={STATUS_COLORS[c.status]}>{t(statusKey(c.status))}</Tag> },
          { title: t('massDispute.col.people'), key: 'people', width: 80, render: (_, c) => t('massDispute.people', { count: c.peopleCount }) },
          { title: t('massDispute.col.registeredAt'), key: 'at', width: 140, render: (_, c) => formatTime(c.registeredAt) },
        ]}
      />
      {s.hiddenCount > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('massDispute.hidden', { count: s.hiddenCount })}
        </Typography.Text>
      ) : null}
    </div>
  );

  const picked = [...selected];
  return (
    <Card
      variant="borderless"
      className="mass-warning-card"
      data-testid="mass-warning-card"
      title={
        <Space>
          <AlertOutlined style={{ color: '#cf1322' }} />
          {t('massDispute.title')}
        </Space>
      }
      extra={
        canGather ? (
          <Space wrap>
            {thisCaseGatherable
              ? [...openGroups.values()].map((g) => (
                  <Button key={g.id} onClick={() => setModal({ kind: 'join', groupId: g.id, code: g.code })} data-testid="mass-join">
                    {t('massDispute.join', { code: g.code })}
                  </Button>
                ))
              : null}
            <Button type="primary" danger disabled={picked.length < 2} onClick={() => setModal({ kind: 'gather' })} data-testid="mass-gather">
              {t('massDispute.gather')}
              {picked.length > 0 ? `（${t('massDispute.gatherSelected', { count: picked.length })}）` : ''}
            </Button>
          </Space>
        ) : null
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {shown.map(signalBlock)}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('massDispute.thresholds', { days: warning.settings.windowDays, cases: warning.settings.minCases, people: warning.settings.minPeople })}
          {canGather && picked.length < 2 ? ` · ${t('massDispute.gatherNeedTwo')}` : ''}
        </Typography.Text>
      </Space>
      <MassReasonModal
        open={modal?.kind === 'gather'}
        title={t('massDispute.gather')}
        withTitle
        intro={
          <Typography.Paragraph>
            {t('massDispute.gatherIntro', { count: picked.length })}
            <br />
            <Typography.Text code>{picked.map((id) => codeOf.get(id) ?? id).join(t('common.listSeparator'))}</Typography.Text>
          </Typography.Paragraph>
        }
        okText={t('massDispute.gather')}
        onClose={() => setModal(null)}
        onSubmit={async (values) => {
          const group = await massDisputeApi.gather({ caseIds: picked, title: values.title, reason: values.reason });
          void message.success(t('massDispute.gathered', { code: group.code }));
          void navigate(`/cases/${encodeURIComponent(group.id)}`);
        }}
      />
      <MassReasonModal
        open={modal?.kind === 'join'}
        title={modal?.kind === 'join' ? t('massDispute.join', { code: modal.code }) : ''}
        intro={modal?.kind === 'join' ? t('massDispute.joinIntro', { code: modal.code }) : undefined}
        okText={t('common.save')}
        onClose={() => setModal(null)}
        onSubmit={async (values) => {
          if (modal?.kind !== 'join') return;
          await massDisputeApi.addMembers(modal.groupId, [current.id], values.reason);
          void message.success(t('massDispute.joined', { code: modal.code }));
          onChanged();
        }}
      />
    </Card>
  );
}
