// 巡回调解 (/handling/circuits): plan a day's route (center, date, communities in order) from
// the open cases on site, adjust it (drop cases, move times, set the place), choose who goes,
// create the plan with its sessions; below, the plans of the last and next weeks.
import { Alert, App, Button, Card, Checkbox, Col, Empty, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { type CircuitDraft, type CircuitPlan, type CircuitPlanSummary, type SessionConflict, sessionsApi } from '../../api/sessions';
import { staffingApi } from '../../api/staffing';
import { CENTER_UTC_OFFSET_MINUTES, formatCenterTime } from '../../components/centerTime';
import { PageContainer } from '../../components/PageContainer';
import { UnitPicker, type UnitValue } from '../../components/UnitPicker';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { ReasonModal } from '../cases/detail/sessions/CancelSessionModal';
import { OutcomeTag, SessionStatusTag } from './sessionLabels';

type Slot = { caseId: string; include: boolean; time: string; minutes: number };
const hhmm = (iso: string) => formatCenterTime(iso, 'HH:mm');
const PLAN_COLOR = { planned: 'processing', done: 'success', cancelled: 'default' } as const;

export default function CircuitPlansPage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [centers, setCenters] = useState<{ id: string; name: string }[]>([]);
  const [centerId, setCenterId] = useState<string | undefined>();
  const [date, setDate] = useState(() => dayjs().utcOffset(CENTER_UTC_OFFSET_MINUTES).add(1, 'day').format('YYYY-MM-DD'));
  const [communities, setCommunities] = useState<UnitValue[]>([]);
  const [draft, setDraft] = useState<CircuitDraft | null>(null);
  const [slots, setSlots] = useState<Record<string, Slot>>({});
  const [places, setPlaces] = useState<Record<string, string>>({});
  const [mediators, setMediators] = useState<{ userId: string; name: string; unitName: string }[]>([]);
  const [mediatorIds, setMediatorIds] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [conflicts, setConflicts] = useState<SessionConflict[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [plans, setPlans] = useState<CircuitPlanSummary[]>([]);
  const [details, setDetails] = useState<Record<string, CircuitPlan>>({});
  const [cancelling, setCancelling] = useState<CircuitPlanSummary | null>(null);

  useEffect(() => {
    staffingApi
      .centers()
      .then((r) => {
        setCenters(r.items.map((c) => ({ id: c.id, name: c.name })));
        setCenterId((prev) => prev ?? r.items[0]?.id);
      })
      .catch(notify);
  }, [notify]);

  useEffect(() => {
    if (!centerId) return;
    sessionsApi
      .circuitMediators(centerId)
      .then((r) => setMediators(r.items))
      .catch(() => setMediators([]));
  }, [centerId]);

  const loadPlans = useCallback(() => {
    const local = dayjs().utcOffset(CENTER_UTC_OFFSET_MINUTES);
    sessionsApi
      .circuits(local.subtract(30, 'day').format('YYYY-MM-DD'), local.add(60, 'day').format('YYYY-MM-DD'))
      .then((r) => setPlans(r.items))
      .catch(notify);
  }, [notify]);
  useEffect(loadPlans, [loadPlans]);

  const propose = async () => {
    if (!centerId || communities.length === 0) return;
    setBusy(true);
    setConflicts([]);
    setProblems([]);
    try {
      const d = await sessionsApi.draftCircuit({ centerId, date, communityIds: communities.map((c) => c.value) });
      setDraft(d);
      const next: Record<string, Slot> = {};
      for (const s of d.stops) for (const c of s.cases) next[c.caseId] = { caseId: c.caseId, include: true, time: hhmm(c.startsAt), minutes: (new Date(c.endsAt).getTime() - new Date(c.startsAt).getTime()) / 60_000 };
      setSlots(next);
      setPlaces({});
    } catch (error) {
      if (isApiError(error) && error.status === 400) setProblems(Object.values(error.fields));
      notify(error);
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    if (!draft) return;
    setBusy(true);
    setConflicts([]);
    setProblems([]);
    try {
      const stops = draft.stops
        .map((s) => ({
          communityId: s.communityId,
          place: places[s.communityId]?.trim() || null,
          cases: s.cases
            .filter((c) => slots[c.caseId]?.include)
            .map((c) => {
              const slot = slots[c.caseId]!;
              const startsAt = new Date(`${draft.date}T${slot.time}:00+08:00`);
              return { caseId: c.caseId, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + slot.minutes * 60_000).toISOString() };
            }),
        }))
        .filter((s) => s.cases.length > 0);
      const plan = await sessionsApi.createCircuit({ centerId: draft.centerId, date: draft.date, title: title.trim() || null, mediatorIds, stops });
      void message.success(t('circuits.created', { count: plan.sessions.length }));
      setDraft(null);
      setCommunities([]);
      setTitle('');
      loadPlans();
    } catch (error) {
      if (isApiError(error) && error.code === 'session_conflict') setConflicts((error.details.conflicts as SessionConflict[]) ?? []);
      else if (isApiError(error) && error.status === 400) setProblems(Object.values(error.fields));
      else notify(error);
    } finally {
      setBusy(false);
    }
  };

  const expand = async (id: string) => {
    if (details[id]) return;
    try {
      const plan = await sessionsApi.circuit(id);
      setDetails((prev) => ({ ...prev, [id]: plan }));
    } catch (error) {
      notify(error);
    }
  };

  const included = Object.values(slots).filter((s) => s.include).length;

  return (
    <PageContainer title={t('menu.handling.circuits')} description={t('menuDesc.handling.circuits')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card variant="borderless" title={t('circuits.plan')}>
            <Space orientation="vertical" size={10} style={{ width: '100%' }}>
              <Select style={{ width: '100%' }} value={centerId} onChange={setCenterId} options={centers.map((c) => ({ value: c.id, label: c.name }))} placeholder={t('circuits.center')} data-testid="circuit-center" />
              <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="circuit-date" addonBefore={t('circuits.date')} />
              <Typography.Text type="secondary">{t('circuits.communities')}</Typography.Text>
              <UnitPicker
                value={null}
                onChange={(v) => v && !communities.some((c) => c.value === v.value) && setCommunities([...communities, v])}
                kinds={['community']}
                searchKind="community"
                data-testid="circuit-community"
              />
              <Space size={4} wrap>
                {communities.map((c, i) => (
                  <Tag key={c.value} closable onClose={() => setCommunities(communities.filter((x) => x.value !== c.value))}>
                    {i + 1}. {c.label}
                  </Tag>
                ))}
              </Space>
              <Button type="primary" onClick={() => void propose()} loading={busy} disabled={!centerId || communities.length === 0} data-testid="circuit-draft">
                {t('circuits.draft')}
              </Button>
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card variant="borderless" title={t('circuits.stops')}>
            {problems.length > 0 ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problems.join('；')} /> : null}
            {conflicts.length > 0 ? (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="circuit-conflicts"
                title={t('sessions.conflictTitle')}
                description={conflicts.map((c, i) => (
                  <div key={i}>
                    {c.caseCode
                      ? t('sessions.conflictLine', { kind: t(`sessions.conflictKind.${c.kind}`), name: c.name, code: c.caseCode, from: formatCenterTime(c.startsAt), to: hhmm(c.endsAt) })
                      : t('sessions.conflictSame', { kind: t(`sessions.conflictKind.${c.kind}`), name: c.name })}
                  </div>
                ))}
              />
            ) : null}
            {!draft ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : draft.stops.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('circuits.noCases')} />
            ) : (
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                {draft.stops.map((stop, i) => (
                  <div key={stop.communityId} data-testid="circuit-stop">
                    <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
                      <Typography.Text strong>{t('circuits.stop', { n: i + 1, name: stop.communityName })}</Typography.Text>
                      <Input size="small" style={{ width: 260 }} placeholder={t('circuits.placeOfStop')} value={places[stop.communityId] ?? ''} onChange={(e) => setPlaces({ ...places, [stop.communityId]: e.target.value })} />
                    </Space>
                    <Table
                      size="small"
                      rowKey="caseId"
                      pagination={false}
                      dataSource={stop.cases}
                      columns={[
                        {
                          title: t('circuits.include'),
                          width: 56,
                          render: (_, c) => <Checkbox checked={slots[c.caseId]?.include} onChange={(e) => setSlots({ ...slots, [c.caseId]: { ...slots[c.caseId]!, include: e.target.checked } })} />,
                        },
                        {
                          title: t('sessions.startsAt'),
                          width: 110,
                          render: (_, c) => <Input size="small" type="time" value={slots[c.caseId]?.time} onChange={(e) => setSlots({ ...slots, [c.caseId]: { ...slots[c.caseId]!, time: e.target.value } })} />,
                        },
                        { title: t('circuits.case'), render: (_, c) => <Link to={`/cases/${c.caseId}`}>{c.code}</Link> },
                        { title: t('circuits.caseTitle'), dataIndex: 'title', ellipsis: true },
                        { title: t('circuits.assignee'), dataIndex: 'assigneeName', width: 90, render: (v: string | null) => v ?? '—' },
                      ]}
                    />
                  </div>
                ))}
                {draft.overflow.length > 0 ? <Alert type="warning" showIcon title={t('circuits.overflow', { count: draft.overflow.length })} /> : null}
                <Select
                  mode="multiple"
                  style={{ width: '100%' }}
                  placeholder={t('circuits.mediators')}
                  value={mediatorIds}
                  onChange={setMediatorIds}
                  options={mediators.map((m) => ({ value: m.userId, label: `${m.name}（${m.unitName}）` }))}
                  optionFilterProp="label"
                  data-testid="circuit-mediators"
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('circuits.mediatorsHint')}
                </Typography.Text>
                <Input placeholder={t('circuits.titlePlaceholder')} addonBefore={t('circuits.title')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={100} />
                <Button type="primary" onClick={() => void create()} loading={busy} disabled={included === 0} data-testid="circuit-create">
                  {t('circuits.create')}（{included}）
                </Button>
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      <Card variant="borderless" title={t('circuits.list')} style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey="id"
          dataSource={plans}
          locale={{ emptyText: t('circuits.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          expandable={{
            onExpand: (open, plan) => open && void expand(plan.id),
            expandedRowRender: (plan) =>
              details[plan.id] ? (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={details[plan.id]!.sessions}
                  columns={[
                    { title: t('sessions.startsAt'), width: 120, render: (_, s) => `${hhmm(s.startsAt)}–${hhmm(s.endsAt)}` },
                    { title: t('sessions.place'), dataIndex: 'place' },
                    { title: t('circuits.case'), render: (_, s) => <Link to={`/cases/${s.caseId}`}>{s.caseCode}</Link> },
                    { title: t('circuits.caseTitle'), dataIndex: 'caseTitle', ellipsis: true },
                    { title: '', width: 160, render: (_, s) => <Space size={2}><SessionStatusTag status={s.status} /><OutcomeTag outcome={s.outcome} /></Space> },
                  ]}
                />
              ) : null,
          }}
          columns={[
            { title: t('circuits.date'), dataIndex: 'date', width: 110 },
            { title: t('circuits.title'), dataIndex: 'title' },
            { title: t('circuits.center'), dataIndex: 'centerName', width: 180 },
            { title: '', width: 100, render: (_, p) => <Tag color={PLAN_COLOR[p.status]}>{t(`circuits.status.${p.status}`)}</Tag> },
            { title: '', width: 130, render: (_, p) => t('circuits.sessions', { held: p.heldCount, total: p.sessionCount }) },
            {
              title: t('common.actions'),
              width: 100,
              render: (_, p) =>
                p.status === 'planned' ? (
                  <Button size="small" danger onClick={() => setCancelling(p)} data-testid="circuit-cancel">
                    {t('circuits.cancel')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <ReasonModal
        open={!!cancelling}
        title={t('circuits.cancel')}
        label={t('circuits.cancelReason')}
        testId="circuit-cancel"
        onClose={() => setCancelling(null)}
        onSubmit={async (reason) => {
          await sessionsApi.cancelCircuit(cancelling!.id, reason);
          void message.success(t('circuits.cancelled'));
          setDetails((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => k !== cancelling!.id)));
          loadPlans();
        }}
      />
    </PageContainer>
  );
}
