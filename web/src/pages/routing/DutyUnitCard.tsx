// One unit on the board: its tier, whether it is here today, and its people with their load —
// a click on a person (or on "分流至本单位") routes the selected case there.
import { UserOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { DutyPerson, DutyUnit } from '../../api/staffing';
import { TIER_COLORS, tierLabel } from '../../components/labels';
import { useT } from '../../i18n';

interface DutyUnitCardProps {
  unit: DutyUnit;
  /** who to show: the people on duty, or (on-call bodies) every liaison */
  people: DutyPerson[];
  canAssign: boolean;
  busy: boolean;
  onAssign: (unit: DutyUnit, person: DutyPerson | null) => void;
  /** on-call bodies: ask them for help on the selected case */
  onRequest?: (unit: DutyUnit) => void;
}

export function DutyUnitCard({ unit, people, canAssign, busy, onAssign, onRequest }: DutyUnitCardProps) {
  const t = useT();
  const pickFirst = t('board.pickCaseFirst');
  const status = unit.oncall ? null : unit.byRoster ? t('board.byRoster') : unit.onDuty ? t('board.allHandlers') : t('board.notToday');
  return (
    <div className="board-unit" data-testid="board-unit" data-unit-id={unit.id}>
      <div className="board-unit-head">
        <Space size={4} wrap>
          <Typography.Text strong>{unit.name}</Typography.Text>
          {unit.staffingTier ? <Tag color={TIER_COLORS[unit.staffingTier]}>{tierLabel(t, unit.staffingTier)}</Tag> : null}
          {status ? <Tag color={unit.onDuty ? 'green' : 'default'}>{status}</Tag> : null}
        </Space>
        <Space size={4}>
          {onRequest ? (
            <Tooltip title={canAssign ? undefined : pickFirst}>
              <Button size="small" disabled={!canAssign || busy} onClick={() => onRequest(unit)} data-testid="board-request-oncall">
                {t('board.requestOncall')}
              </Button>
            </Tooltip>
          ) : null}
          <Tooltip title={canAssign ? undefined : pickFirst}>
            <Button size="small" disabled={!canAssign || busy} onClick={() => onAssign(unit, null)} data-testid="board-route-unit">
              {t('board.routeToUnit')}
            </Button>
          </Tooltip>
        </Space>
      </div>
      {people.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {unit.oncall ? t('board.noMembers') : t('board.nobody')}
        </Typography.Text>
      ) : (
        <div className="board-people">
          {people.map((p, index) => (
            <Tooltip key={p.userId} title={canAssign ? t('staffing.loadHint') : pickFirst}>
              <Button
                icon={<UserOutlined />}
                disabled={!canAssign || busy}
                type={index === 0 && !unit.oncall && canAssign ? 'primary' : 'default'}
                ghost={index === 0 && !unit.oncall && canAssign}
                onClick={() => onAssign(unit, p)}
                data-testid="board-person"
                data-user-id={p.userId}
              >
                {p.name}
                <span className="board-load">{t('staffing.load', { count: p.load })}</span>
                {index === 0 && !unit.oncall ? <Tag color="blue" style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>{t('board.recommended')}</Tag> : null}
              </Button>
            </Tooltip>
          ))}
        </div>
      )}
    </div>
  );
}
