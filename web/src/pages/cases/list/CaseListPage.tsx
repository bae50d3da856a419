// A case list with filters and cursor paging: 我的待办 (view=mine) or 中心队列 (view=center).
import { FormOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../../auth';
import { hasAnyRole } from '../../../auth/roles';
import { PageContainer } from '../../../components/PageContainer';
import { useT } from '../../../i18n';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseTable } from './CaseTable';
import { useCaseList } from './useCaseList';
import { useListFilters } from './useListFilters';

export function CaseListPage({ view }: { view: 'mine' | 'center' }) {
  const t = useT();
  const { user } = useAuth();
  const [filters, setFilters] = useListFilters();
  const list = useCaseList(view, filters);
  const canRegister = hasAnyRole(user, ['admin', 'director', 'dispatcher']);

  return (
    <PageContainer
      title={view === 'mine' ? t('menu.cases.mine') : t('menu.cases.queue')}
      description={view === 'mine' ? t('menuDesc.cases.mine') : t('menuDesc.cases.queue')}
      extra={
        canRegister ? (
          <Link to="/cases/new">
            <Button type="primary" icon={<FormOutlined />}>
              {t('menu.cases.register')}
            </Button>
          </Link>
        ) : null
      }
    >
      <Card variant="borderless">
        <CaseFilterBar view={view} filters={filters} onChange={setFilters} onReload={list.reload} />
        <CaseTable
          items={list.items}
          loading={list.loading}
          emptyText={view === 'mine' ? t('caseList.emptyMine') : t('caseList.empty')}
        />
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 16 }}>
          <Typography.Text type="secondary">{t('caseList.loadedCount', { count: list.items.length })}</Typography.Text>
          {list.hasMore ? (
            <Button onClick={list.loadMore} loading={list.loading} data-testid="case-load-more">
              {t('common.loadMore')}
            </Button>
          ) : list.items.length > 0 ? (
            <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
          ) : null}
        </div>
      </Card>
    </PageContainer>
  );
}
