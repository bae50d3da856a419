// 待分流案件: the center's registered cases, oldest first; one of them is selected for routing.
import { Card, Empty, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { BoardCase } from '../../api/staffing';
import { useT } from '../../i18n';
import { channelKey } from '../cases/shared/caseLabels';
import { RiskTag, UrgencyTag } from '../cases/shared/CaseTags';
import { DeadlineBadge } from '../cases/shared/DeadlineBadge';
import { formatTime } from '../cases/shared/format';
import { useCategories } from '../cases/shared/useCategories';

interface BoardCaseListProps {
  items: BoardCase[];
  total: number;
  fetchedAt: number;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

export function BoardCaseList({ items, total, fetchedAt, selectedId, onSelect }: BoardCaseListProps) {
  const t = useT();
  const categories = useCategories();
  return (
    <Card
      variant="borderless"
      title={t('board.waiting')}
      extra={<Typography.Text type="secondary">{items.length < total ? t('board.waitingMore', { shown: items.length, total }) : t('board.waitingCount', { count: total })}</Typography.Text>}
      className="board-column"
      data-testid="board-cases"
    >
      {items.length === 0 ? (
        <Empty description={t('board.noWaiting')} />
      ) : (
        <div className="board-case-list" role="listbox" aria-label={t('board.waiting')}>
          {items.map((c) => {
            const selected = c.id === selectedId;
            return (
              <div
                key={c.id}
                role="option"
                aria-selected={selected}
                tabIndex={0}
                className={`board-case${selected ? ' board-case-selected' : ''}`}
                onClick={() => onSelect(selected ? null : c.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onSelect(selected ? null : c.id);
                  }
                }}
                data-testid="board-case"
                data-case-id={c.id}
                data-code={c.code}
              >
                <div className="board-case-head">
                  <Link to={`/cases/${c.id}`} onClick={(event) => event.stopPropagation()} className="case-code-link">
                    {c.code}
                  </Link>
                  {c.deadline ? <DeadlineBadge deadline={c.deadline} category={c.category} fetchedAt={fetchedAt} /> : null}
                </div>
                <Typography.Text strong ellipsis={{ tooltip: c.title }} style={{ display: 'block' }}>
                  {c.title}
                </Typography.Text>
                <Space size={[4, 4]} wrap>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {categories.nameOf(c.category, c.categoryName)} · {t(channelKey(c.channel))} · {formatTime(c.registeredAt)}
                    {c.streetName ? ` · ${c.streetName}` : ''}
                    {c.peopleCount > 1 ? ` · ${t('board.people', { count: c.peopleCount })}` : ''}
                  </Typography.Text>
                  <UrgencyTag urgency={c.urgency} hideNormal />
                  <RiskTag risk={c.riskLevel} />
                </Space>
              </div>
            );
          })}
        </div>
      )}
    </Card>
  );
}
