// 分流调度台 (/routing): the center's waiting cases on the left, who is on duty today in the middle
// (least loaded first), the on-call bodies on the right. Select a case, click a person or a unit:
// the case is routed with the ordinary route action, and the board reloads.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Collapse, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../../api/client';
import { casesApi } from '../../api/cases';
import type { DutyPerson, DutyUnit } from '../../api/staffing';
import { weekdayKey } from '../../components/labels';
import { PageContainer } from '../../components/PageContainer';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { OncallRequestModal } from '../oncall/OncallRequestModal';
import { BoardCaseList } from './BoardCaseList';
import { CenterSelect } from './CenterSelect';
import { DutyUnitCard } from './DutyUnitCard';
import { useBoard } from './useBoard';
import { useDutyCenters } from './useDutyCenters';
import './routing.css';

const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

export default function RoutingBoardPage() {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const { centers, center, choose } = useDutyCenters(true);
  const { board, fetchedAt, loading, reload } = useBoard(center?.id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [requestUnit, setRequestUnit] = useState<DutyUnit | null>(null);

  const selected = board?.cases.items.find((c) => c.id === selectedId) ?? null;
  const [here, away] = useMemo(() => {
    const units = board?.units ?? [];
    return [units.filter((u) => u.onDuty), units.filter((u) => !u.onDuty)];
  }, [board]);

  const assign = async (unit: DutyUnit, person: DutyPerson | null) => {
    if (!selected) return;
    setBusy(true);
    try {
      await casesApi.act(selected.id, 'route', selected.version, person ? { unitId: unit.id, userId: person.userId } : { unitId: unit.id });
      void message.success(t('board.routed', { code: selected.code, target: person ? `${unit.name} · ${person.name}` : unit.name }));
      setSelectedId(null);
    } catch (error) {
      if (isApiError(error) && error.status === 409) void message.warning(t('board.conflict'));
      else notify(error);
    } finally {
      setBusy(false);
      void reload();
    }
  };

  if (centers !== null && centers.length === 0) {
    return (
      <PageContainer title={t('menu.routing.board')} description={t('menuDesc.routing.board')}>
        <Card variant="borderless">
          <Empty description={t('staffing.noCenters')} />
        </Card>
      </PageContainer>
    );
  }

  const weekday = board ? weekdayKey(isoWeekday(board.date)) : null;
  const dayTag = board ? (
    <Tag color={board.workingDay ? 'green' : 'default'}>{board.calendarName ?? (board.workingDay ? t('staffing.workingDay') : t('staffing.restDay'))}</Tag>
  ) : null;

  return (
    <PageContainer
      title={t('menu.routing.board')}
      description={
        board ? (
          <Space size={4}>
            {t('board.subtitle', { center: board.center.name, date: board.date, weekday: weekday ? t(weekday) : '' })}
            {dayTag}
          </Space>
        ) : (
          t('menuDesc.routing.board')
        )
      }
      extra={
        <Space>
          <CenterSelect centers={centers ?? []} value={center?.id} onChange={(id) => { setSelectedId(null); choose(id); }} />
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading} data-testid="board-refresh">
            {t('staffing.refresh')}
          </Button>
        </Space>
      }
    >
      {!board ? (
        <Card variant="borderless">
          <Skeleton active />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Alert
            type="info"
            showIcon
            title={selected ? t('board.selected', { code: selected.code }) : t('board.pickHint')}
            action={selected ? <Button size="small" onClick={() => setSelectedId(null)}>{t('board.clearSelection')}</Button> : undefined}
            data-testid="board-hint"
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12} xxl={9}>
              <BoardCaseList items={board.cases.items} total={board.cases.total} fetchedAt={fetchedAt} selectedId={selectedId} onSelect={setSelectedId} />
            </Col>
            <Col xs={24} lg={12} xxl={9}>
              <Card variant="borderless" title={t('board.onDuty')} extra={<Typography.Text type="secondary">{t('board.onDutyHint')}</Typography.Text>} className="board-column" data-testid="board-duty">
                {here.length === 0 ? <Empty description={t('board.nobody')} /> : null}
                {here.map((unit) => (
                  <DutyUnitCard key={unit.id} unit={unit} people={unit.people} canAssign={!!selected} busy={busy} onAssign={(u, p) => void assign(u, p)} />
                ))}
                {away.length > 0 ? (
                  <Collapse
                    ghost
                    size="small"
                    items={[
                      {
                        key: 'away',
                        label: `${t('board.offDutyUnits')}（${away.length}）`,
                        children: away.map((unit) => (
                          <DutyUnitCard key={unit.id} unit={unit} people={unit.members} canAssign={!!selected} busy={busy} onAssign={(u, p) => void assign(u, p)} />
                        )),
                      },
                    ]}
                  />
                ) : null}
              </Card>
            </Col>
            <Col xs={24} xxl={6}>
              <Card variant="borderless" title={t('board.oncall')} className="board-column" data-testid="board-oncall">
                <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                  {t('board.oncallHint')}
                </Typography.Paragraph>
                {board.onCall.map((unit) => (
                  <DutyUnitCard
                    key={unit.id}
                    unit={unit}
                    people={unit.members}
                    canAssign={!!selected}
                    busy={busy}
                    onAssign={(u, p) => void assign(u, p)}
                    onRequest={setRequestUnit}
                  />
                ))}
              </Card>
            </Col>
          </Row>
        </Space>
      )}
      {selected && board ? (
        <OncallRequestModal
          open={requestUnit !== null}
          caseId={selected.id}
          caseCode={selected.code}
          units={board.onCall.map((u) => ({ id: u.id, name: u.name, departmentType: u.departmentType, centerId: board.center.id }))}
          unitId={requestUnit?.id}
          onClose={() => setRequestUnit(null)}
          onSent={() => undefined}
        />
      ) : null}
    </PageContainer>
  );
}
