// The signed-in shell: dark collapsible sider (a drawer below 768px), header, content.
import { Drawer, Grid, Layout } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin';
import { useT } from '../i18n';
import { BRAND } from '../theme';
import { AppHeader } from './AppHeader';
import { Logo } from './Logo';
import { SiderMenu } from './SiderMenu';

const COLLAPSED_KEY = 'concord.siderCollapsed';

function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

function SiderFooter() {
  const t = useT();
  return <div className="app-sider-footer">{t('app.footer')}</div>;
}

export function AppLayout() {
  const screens = Grid.useBreakpoint();
  // Before the first measurement `screens.md` is undefined: assume a desktop.
  const isMobile = screens.md === false;
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { pathname } = useLocation();

  useEffect(() => {
    setDrawerOpen(false);
  }, [pathname]);

  const toggle = () => {
    if (isMobile) {
      setDrawerOpen((open) => !open);
      return;
    }
    setCollapsed((value) => {
      const next = !value;
      try {
        window.localStorage.setItem(COLLAPSED_KEY, next ? '1' : '0');
      } catch {
        // Not persisted; fine.
      }
      return next;
    });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          closable={false}
          size={248}
          styles={{ body: { padding: 0, background: BRAND.siderBg, display: 'flex', flexDirection: 'column' } }}
        >
          <nav data-testid="app-sider" style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
            <Logo collapsed={false} />
            <SiderMenu collapsed={false} />
            <SiderFooter />
          </nav>
        </Drawer>
      ) : (
        <Layout.Sider
          className="app-sider"
          data-testid="app-sider"
          collapsible
          collapsed={collapsed}
          trigger={null}
          width={232}
          collapsedWidth={72}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'hidden' }}
        >
          <Logo collapsed={collapsed} />
          <SiderMenu collapsed={collapsed} />
          {collapsed ? null : <SiderFooter />}
        </Layout.Sider>
      )}
      <Layout>
        <AppHeader isMobile={isMobile} collapsed={collapsed} onToggle={toggle} />
        <Layout.Content className="app-content">
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
