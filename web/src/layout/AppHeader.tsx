import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useT } from '../i18n';
import { AppBreadcrumb } from './AppBreadcrumb';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

interface AppHeaderProps {
  isMobile: boolean;
  collapsed: boolean;
  onToggle: () => void;
}

export function AppHeader({ isMobile, collapsed, onToggle }: AppHeaderProps) {
  const t = useT();
  const folded = isMobile || collapsed;
  return (
    <Layout.Header className="app-header">
      <Button
        type="text"
        className="app-header-trigger"
        icon={folded ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
        onClick={onToggle}
        aria-label={folded ? t('layout.expandMenu') : t('layout.collapseMenu')}
      />
      <div className="app-header-breadcrumb">{isMobile ? null : <AppBreadcrumb />}</div>
      <div className="app-header-actions">
        <NotificationBell />
        <LanguageSwitch />
        <UserMenu compact={isMobile} />
      </div>
    </Layout.Header>
  );
}
