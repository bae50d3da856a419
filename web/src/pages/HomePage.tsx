// 工作台: greeting, shortcuts to the built pages, the business loop, areas to come.
import { Col, Row, Space } from 'antd';
import { useMemo } from 'react';
import { useAuth } from '../auth';
import { PageContainer } from '../components/PageContainer';
import { useT } from '../i18n';
import { leafRoutes, visibleRoutes } from '../navigation';
import { ShortcutCards } from './home/ShortcutCards';
import { UpcomingCard } from './home/UpcomingCard';
import { WelcomeCard } from './home/WelcomeCard';
import { WorkflowCard } from './home/WorkflowCard';

export default function HomePage() {
  const t = useT();
  const { user } = useAuth();
  const leaves = useMemo(() => leafRoutes(visibleRoutes(user)).filter((route) => route.path !== '/'), [user]);
  if (!user) return null;

  const built = leaves.filter((route) => route.page);
  const upcoming = leaves.filter((route) => !route.page);

  return (
    <PageContainer title={t('menu.home')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <WelcomeCard user={user} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <ShortcutCards routes={built} />
              <WorkflowCard />
            </Space>
          </Col>
          <Col xs={24} xl={9}>
            <UpcomingCard routes={upcoming} />
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
